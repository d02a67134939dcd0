import type { DateKey } from '../types.js';
import { filedWithinWorkdays } from '../lib/windows.js';
import { dateKeySchema, dateTitles } from './dates.js';
import type { RuleFamily } from './index.js';

/** Something filed within N working days of an event (合同备案, 验收报告备案…), counted with the holiday data. */
export const filingDeadline: RuleFamily = {
  id: 'filing-deadline',
  kind: ['time'],
  summary: { zh: '事件后 N 个工作日内备案（按节假日数据计工作日）', en: 'filed within N working days of an event (holidays counted)' },
  get options() {
    return {
      type: 'object',
      required: ['after', 'filed', 'workdays'],
      additionalProperties: false,
      properties: {
        after: { ...dateKeySchema(), description: '起算的日期（project.yaml 的 dates 键）' },
        filed: { ...dateKeySchema(), description: '备案的日期' },
        workdays: { type: 'integer', minimum: 1, maximum: 366 },
        what: { type: 'string', description: '备案的是什么，如 合同（默认取 filed 日期的名称）' },
        whatEn: { type: 'string' },
      },
    };
  },
  reading(o) {
    const n = String(o.workdays);
    return {
      zh: `“${n}个工作日内”：事件当日不计，第 ${n} 个工作日当天备案仍在期限内；工作日按国务院放假安排计。期限落在节假日数据未覆盖的年份时提示核实，但已在覆盖年份内按期备案的，结论确定、不再提示。`,
      en: `"within ${n} working days": the day of the event does not count, filing on the ${n}th working day is on time; holidays as the State Council sets them. A deadline in a year the holiday data does not cover is flagged, unless the filing was already made in time within covered years.`,
    };
  },
  check(ctx) {
    const p = ctx.params;
    const titles = dateTitles();
    const after = String(p.after) as DateKey;
    const filed = String(p.filed) as DateKey;
    const what = String(p.what ?? titles[filed]);
    filedWithinWorkdays(ctx, after, filed, { zh: what, en: String(p.whatEn ?? what), fromZh: titles[after] ?? after, fromEn: after });
  },
};
