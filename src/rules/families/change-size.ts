import { classifyChanges } from '../lib/change.js';
import type { ChangeBase } from '../lib/change.js';
import type { RuleFamily } from './index.js';

/**
 * Recorded changes against a share of the total (10% or 15%, inclusive or not): within it the
 * change procedure applies, past it the project is approved again.
 */
export const changeSize: RuleFamily = {
  id: 'change-size',
  kind: ['arith', 'path'],
  summary: { zh: '变更累计不超过总投资的 limit（如 0.1）时按 procedure 办理，超过时按 overLimit', en: 'changes within a share of the total follow the procedure; beyond it, overLimit' },
  options: {
    type: 'object',
    required: ['limit', 'inclusive', 'procedure', 'overLimit'],
    additionalProperties: false,
    properties: {
      limit: { type: 'number', exclusiveMinimum: 0, maximum: 1, description: '占总投资的比例，如 0.1' },
      inclusive: { type: 'boolean', description: 'true：等于 limit 仍在限内（“不超过”）；false：等于即超限（“以内”）' },
      base: { enum: ['total', 'budgetEstimate'], description: '比例的基数：total 为最新的总投资（批复、概算、估算、匡算，默认）；budgetEstimate 为概算总投资' },
      procedure: { type: 'string', minLength: 1, description: '限内的办理程序' },
      procedureEn: { type: 'string' },
      overLimit: { type: 'string', minLength: 1, description: '超限的后果' },
      overLimitEn: { type: 'string' },
    },
  },
  reading(o) {
    const pct = `${Number((Number(o.limit) * 100).toFixed(4))}%`;
    const base = o.base === 'budgetEstimate' ? { zh: '概算总投资（money.budgetEstimate）', en: 'the budget estimate' } : { zh: '总投资（批复总投资，无则概算、估算、匡算）', en: 'the total (approved, else budget estimate, estimate, rough estimate)' };
    return o.inclusive === true
      ? { zh: `“不超过${pct}”：变更累计恰为${base.zh}的 ${pct} 仍在限内，多 1 分即超限；以分为单位精确比较。`, en: `"at most ${pct}": changes adding up to exactly ${pct} of ${base.en} are within; one fen more is over. Compared exactly in fen.` }
      : { zh: `“${pct}以内”与“${pct}（含）以上”：变更累计恰为${base.zh}的 ${pct} 已超限，少 1 分仍在限内；以分为单位精确比较。`, en: `"under ${pct}" and "${pct} or more": changes adding up to exactly ${pct} of ${base.en} are over; one fen less is within. Compared exactly in fen.` };
  },
  check(ctx) {
    const p = ctx.params;
    classifyChanges(ctx, { zh: String(p.procedure), en: String(p.procedureEn ?? p.procedure) }, { zh: String(p.overLimit), en: String(p.overLimitEn ?? p.overLimit) }, undefined, (p.base as ChangeBase | undefined) ?? 'total');
  },
};
