import { classifyChanges } from '../lib/change.js';
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
      procedure: { type: 'string', minLength: 1, description: '限内的办理程序' },
      procedureEn: { type: 'string' },
      overLimit: { type: 'string', minLength: 1, description: '超限的后果' },
      overLimitEn: { type: 'string' },
    },
  },
  check(ctx) {
    const p = ctx.params;
    classifyChanges(ctx, { zh: String(p.procedure), en: String(p.procedureEn ?? p.procedure) }, { zh: String(p.overLimit), en: String(p.overLimitEn ?? p.overLimit) });
  },
};
