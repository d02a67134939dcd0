import { factAt } from '../../model/facts.js';
import { compareAmounts, referenceTotal, wan } from '../../model/money.js';
import type { RuleFamily } from './index.js';

/**
 * From an amount on (监理 from N 万元), or up to one, the project must state a fact: the total is the
 * latest of 批复总投资, 概算, 估算, 匡算.
 */
export const amountThreshold: RuleFamily = {
  id: 'amount-threshold',
  kind: ['arith', 'path'],
  summary: { zh: '总投资达到（min）或不超过（max）某金额（万元）时须有某项事实', en: 'from (min) or up to (max) an amount in 万元 the project must state a fact' },
  options: {
    type: 'object',
    required: ['require', 'what'],
    minProperties: 3,
    additionalProperties: false,
    properties: {
      min: { type: 'number', minimum: 0, description: '总投资不低于此金额（万元）时适用' },
      max: { type: 'number', minimum: 0, description: '总投资不高于此金额（万元）时适用' },
      inclusive: { type: 'boolean', description: 'false：等于 min/max 时不适用（默认 true）' },
      require: { type: 'string', pattern: '^(/[A-Za-z0-9]+)+$', description: 'project.yaml 中须填写的值的 JSON Pointer，如 /supervisor/name' },
      what: { type: 'string', minLength: 1, description: '须填写的是什么，如 监理单位' },
      whatEn: { type: 'string' },
    },
  },
  reading(o) {
    const inclusive = o.inclusive !== false;
    const text =
      typeof o.min === 'number'
        ? inclusive
          ? { zh: `“${o.min}万元以上”（不低于）：总投资恰为 ${o.min} 万元即适用，少 1 分不适用`, en: `"${o.min} or more": a total of exactly ${o.min} applies; one fen less does not` }
          : { zh: `“超过${o.min}万元”：总投资恰为 ${o.min} 万元不适用，多 1 分才适用`, en: `"over ${o.min}": a total of exactly ${o.min} does not apply; one fen more does` }
        : inclusive
          ? { zh: `“${String(o.max)}万元以下”（不超过）：总投资恰为 ${String(o.max)} 万元即适用，多 1 分不适用`, en: `"at most ${String(o.max)}": a total of exactly ${String(o.max)} applies; one fen more does not` }
          : { zh: `“不足${String(o.max)}万元”：总投资恰为 ${String(o.max)} 万元不适用，少 1 分才适用`, en: `"under ${String(o.max)}": a total of exactly ${String(o.max)} does not apply; one fen less does` };
    return { zh: `${text.zh}；总投资取批复总投资，无则概算、估算、匡算，以分为单位精确比较。`, en: `${text.en}. The total is the approved one, else the budget estimate, estimate, rough estimate, compared exactly in fen.` };
  },
  check(ctx) {
    const p = ctx.params;
    const total = referenceTotal(ctx.facts);
    if (!total) return;
    const inclusive = p.inclusive !== false;
    const x = total.amount;
    const min = typeof p.min === 'number' ? p.min : undefined;
    const max = typeof p.max === 'number' ? p.max : undefined;
    // Compared in 分: 以上/不低于/不超过 include the amount itself, 超过/低于 (inclusive: false) do not.
    if (min !== undefined && compareAmounts(x, min) < (inclusive ? 0 : 1)) return;
    if (max !== undefined && compareAmounts(x, max) > (inclusive ? 0 : -1)) return;
    const v = factAt(ctx.facts, String(p.require));
    if (v !== undefined && v !== null && v !== '') return;
    const bound = min !== undefined ? `${inclusive ? '不低于' : '超过'} ${min} 万元` : `${inclusive ? '不超过' : '低于'} ${max} 万元`;
    const boundEn = min !== undefined ? `${inclusive ? 'at least' : 'over'} ${min}` : `${inclusive ? 'at most' : 'under'} ${max}`;
    ctx.report({
      pointer: total.pointer,
      zh: `${total.zh} ${wan(x)} 万元${bound}，须有${String(p.what)}（${String(p.require).slice(1).replace(/\//g, '.')}）`,
      en: `the ${total.en} of ${wan(x)} is ${boundEn}: ${String(p.whatEn ?? p.what)} (${String(p.require).slice(1).replace(/\//g, '.')}) is required`,
    });
  },
};
