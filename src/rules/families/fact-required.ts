import { factAt } from '../../model/facts.js';
import { stageOf, stageReached } from '../../profiles/stages.js';
import type { RuleFamily } from './index.js';

/** A fact a local article asks for (巴中's 建设方式, 鼓楼's A/B/C class and 项目代码), from a stage on. */
export const factRequired: RuleFamily = {
  id: 'fact-required',
  kind: ['stage'],
  summary: { zh: '自某阶段起 project.yaml 须填写某项事实', en: 'from a stage on, project.yaml states a fact' },
  options: {
    type: 'object',
    required: ['fact', 'from', 'what'],
    additionalProperties: false,
    properties: {
      fact: { type: 'string', pattern: '^(/[A-Za-z0-9]+)+$', description: 'project.yaml 中的 JSON Pointer，如 /class' },
      from: { type: 'string', minLength: 1 },
      what: { type: 'string', minLength: 1, description: '这项事实的名称，如 项目分类（A、B、C 类）' },
      whatEn: { type: 'string' },
    },
  },
  stageOf: (o) => String(o.from),
  check(ctx) {
    const from = String(ctx.params.from);
    if (!stageReached(ctx.profile, stageOf(ctx.profile, ctx.facts), from)) return;
    const pointer = String(ctx.params.fact);
    const v = factAt(ctx.facts, pointer);
    if (v !== undefined && v !== null && v !== '') return;
    const what = String(ctx.params.what);
    ctx.report({ pointer, zh: `缺少${what}（${pointer.slice(1).replace(/\//g, '.')}），自${from}阶段起应当填写`, en: `${String(ctx.params.whatEn ?? what)} (${pointer.slice(1).replace(/\//g, '.')}) is required from ${from} on` });
  },
};
