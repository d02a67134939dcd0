import type { Day } from '../../calendar/dates.js';
import { dateKeySchema, dateTitles } from './dates.js';
import type { RuleFamily } from './index.js';

/** One event before another (档案验收 before 竣工验收); `required`: the later one may not happen without the first. */
export const dateOrder: RuleFamily = {
  id: 'date-order',
  kind: ['time'],
  summary: { zh: '两个事件的先后：first 不晚于 then；required 时无 first 不得有 then', en: 'two events in order: first not after then; with required, no then without first' },
  get options() {
    return {
      type: 'object',
      required: ['first', 'then'],
      additionalProperties: false,
      properties: {
        first: dateKeySchema(),
        then: dateKeySchema(),
        required: { type: 'boolean', description: 'true：有 then 的日期而无 first 的日期也报' },
        strict: { type: 'boolean', description: 'true：同一天也不行' },
      },
    };
  },
  check(ctx) {
    const titles = dateTitles();
    const d = (ctx.facts.dates ?? {}) as Record<string, Day | undefined>;
    const [fKey, tKey] = [String(ctx.params.first), String(ctx.params.then)];
    const [f, t] = [d[fKey], d[tKey]];
    const [fT, tT] = [titles[fKey] ?? fKey, titles[tKey] ?? tKey];
    if (!t) return;
    if (!f) {
      if (ctx.params.required === true) ctx.report({ pointer: `/dates/${tKey}`, zh: `已有${tT}（${t}），但没有${fT}：须先${fT}`, en: `${tKey} (${t}) without ${fKey}: ${fKey} comes first` });
      return;
    }
    if (ctx.params.strict === true && f === t) {
      ctx.report({ pointer: `/dates/${fKey}`, zh: `${fT}与${tT}同在 ${f}：${fT}须在${tT}之前`, en: `${fKey} and ${tKey} are both on ${f}: ${fKey} comes before` });
    } else if (f > t) {
      ctx.report({ pointer: `/dates/${fKey}`, zh: `${fT}（${f}）晚于${tT}（${t}）：须先${fT}`, en: `${fKey} (${f}) is after ${tKey} (${t}): it comes first` });
    }
  },
};
