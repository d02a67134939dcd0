import type { Rule } from './types.js';
import { addMonths } from '../calendar/dates.js';

export const rule: Rule = {
  meta: {
    id: 'JH-TERMINATE-1M',
    kind: ['time'],
    severity: 'error',
    title: { zh: '金湖：停用系统提前 1 个月报告', en: 'Jinhu: report a shutdown a month ahead' },
    description: {
      zh: '信息系统停止运行的，提前 1 个月报告，并制定数据备份、迁移或销毁方案。',
      en: 'Stopping a system is reported at least a month ahead, with a backup, migration or destruction plan.',
    },
    origin: 'jinhu',
    article: '第三十八条',
    stage: '运行维护',
    params: { months: 1 },
  },
  check(ctx) {
    const d = ctx.facts.dates ?? {};
    if (!d.shutdown) return;
    const months = Number(ctx.params.months);
    ctx.deadline({ day: addMonths(d.shutdown, -months), limit: 'by', zh: `停用报告（停用前 ${months} 个月）`, en: `shutdown report (${months} month(s) ahead)`, event: 'shutdownReported' });
    if (!d.shutdownReported) {
      ctx.report({ pointer: '/dates/shutdown', zh: `系统停用须提前 ${months} 个月报告，缺少停用报告日期`, en: `a shutdown is reported ${months} month(s) ahead; the report date is missing` });
    } else if (addMonths(d.shutdownReported, months) > d.shutdown) {
      ctx.report({ pointer: '/dates/shutdownReported', zh: `停用报告（${d.shutdownReported}）距停用日期（${d.shutdown}）不足 ${months} 个月`, en: `the shutdown report (${d.shutdownReported}) is less than ${months} month(s) before the shutdown (${d.shutdown})` });
    }
  },
};
