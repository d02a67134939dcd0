import { stageOf, stageReached } from '../../profiles/stages.js';
import type { RuleFamily } from './index.js';

/**
 * Materials a regulation asks for (BZ-ACCEPT-DOCS, JL-MATERIALS…): the profile's `materials` whose
 * `rule` is this one must be in their folders from a stage on — the checklist's readiness, as a
 * finding of validate, so `validate --stage 竣工验收` does not pass an empty materials/ folder.
 */
export const materials: RuleFamily = {
  id: 'materials',
  kind: ['material'],
  summary: { zh: '自某阶段起，materials 中 rule 为本规则的各项材料须已放入其目录', en: 'from a stage on, the materials whose rule is this one are in their folders' },
  options: {
    type: 'object',
    required: ['from'],
    additionalProperties: false,
    properties: { from: { type: 'string', minLength: 1, description: '自哪个阶段起须具备' } },
  },
  stageOf: (o) => String(o.from),
  check(ctx) {
    const from = String(ctx.params.from);
    if (!stageReached(ctx.profile, stageOf(ctx.profile, ctx.facts), from)) return;
    const mine = new Set(ctx.profile.materials.filter((m) => m.rule === ctx.ruleId).map((m) => m.id));
    for (const item of ctx.materials()) {
      if (!mine.has(item.id) || item.status === 'present' || item.status === 'not-applicable') continue;
      ctx.report({
        file: item.folder,
        at: { line: 1, column: 1 },
        zh: `自${from}阶段起应当具备「${item.title}」（${item.article}），${item.folder}/ 中${item.status === 'empty' ? '的文件为空或无法读取' : '没有文件'}`,
        en: `from ${from} on, "${item.title}" (${item.article}) is required; ${item.folder}/ ${item.status === 'empty' ? 'holds only empty or unreadable files' : 'is empty'}`,
      });
    }
  },
};
