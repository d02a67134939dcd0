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
  check(ctx) {
    const p = ctx.params;
    const titles = dateTitles();
    const after = String(p.after) as DateKey;
    const filed = String(p.filed) as DateKey;
    const what = String(p.what ?? titles[filed]);
    filedWithinWorkdays(ctx, after, filed, { zh: what, en: String(p.whatEn ?? what), fromZh: titles[after] ?? after, fromEn: after });
  },
};
