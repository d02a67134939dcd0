import { addMonths } from '../../calendar/dates.js';
import type { Day } from '../../calendar/dates.js';
import { dateKeySchema, dateTitles } from './dates.js';
import type { RuleFamily } from './index.js';

/**
 * A window of N months after an event: `within` (验收 within 6 months of 试运行, 自评价…) or
 * `atLeast` (a trial run of at least N months before the next step).
 */
export const monthsAfter: RuleFamily = {
  id: 'months-after',
  kind: ['time'],
  summary: { zh: '事件后 N 个月内（within）或满 N 个月后（atLeast）方可发生另一事件', en: 'one event within N months of another (within), or not before N months (atLeast)' },
  get options() {
    return {
      type: 'object',
      required: ['after', 'event', 'months', 'limit'],
      additionalProperties: false,
      properties: {
        after: { ...dateKeySchema(), description: '起算的日期' },
        event: { ...dateKeySchema(), description: '受期限约束的日期' },
        months: { type: 'integer', minimum: 1, maximum: 120 },
        limit: { enum: ['within', 'atLeast'] },
      },
    };
  },
  check(ctx) {
    const titles = dateTitles();
    const d = (ctx.facts.dates ?? {}) as Record<string, Day | undefined>;
    const afterKey = String(ctx.params.after);
    const eventKey = String(ctx.params.event);
    const months = Number(ctx.params.months);
    const [a, e] = [d[afterKey], d[eventKey]];
    const [aT, eT] = [titles[afterKey] ?? afterKey, titles[eventKey] ?? eventKey];
    if (ctx.params.limit === 'atLeast') {
      const earliest = a ? addMonths(a, months) : undefined;
      if (earliest) ctx.deadline({ day: earliest, limit: 'notBefore', zh: `${eT}（${aT}后满 ${months} 个月）`, en: `${eventKey} (${months} months after ${afterKey})`, event: eventKey });
      if (!e) return;
      if (!earliest) {
        ctx.report({ pointer: `/dates/${eventKey}`, zh: `${eT}前须先有${aT}，缺少${aT}日期`, en: `${eventKey} needs ${afterKey} before it; its date is missing` });
        return;
      }
      if (e < earliest) {
        ctx.report({ pointer: `/dates/${eventKey}`, zh: `${aT}（${a}）至${eT}（${e}）不足 ${months} 个月（应不早于 ${earliest}）`, en: `${afterKey} (${a}) to ${eventKey} (${e}) is less than ${months} months (not before ${earliest})` });
      }
      return;
    }
    if (!a) return;
    const deadline = addMonths(a, months);
    ctx.deadline({ day: deadline, limit: 'by', zh: `${eT}（${aT}后 ${months} 个月内）`, en: `${eventKey} (within ${months} months of ${afterKey})`, event: eventKey });
    if (e ? e > deadline : ctx.asOf > deadline) {
      ctx.report({
        pointer: `/dates/${e ? eventKey : afterKey}`,
        zh: `${aT}于 ${a}，${eT}应在 ${months} 个月内（${deadline} 前），${e ? `实际 ${e}` : '尚未进行'}`,
        en: `${afterKey} on ${a}: ${eventKey} is due within ${months} months (by ${deadline}); ${e ? `it was ${e}` : 'not yet done'}`,
      });
    }
  },
};
