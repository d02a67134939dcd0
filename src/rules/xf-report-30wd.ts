import type { Rule } from './types.js';

export const rule: Rule = {
  meta: {
    id: 'XF-REPORT-30WD',
    kind: ['time'],
    severity: 'error',
    title: { zh: '襄汾：验收后 30 个工作日内备案竣工验收报告', en: 'Xiangfen: acceptance report filed within 30 working days' },
    description: {
      zh: '项目竣工验收后 30 个工作日内，将竣工验收报告报县政务信息化主管部门备案。',
      en: 'The acceptance report is filed within thirty working days of acceptance.',
    },
    origin: 'xiangfen',
    article: '第二十五条',
    params: { workdays: 30 },
  },
  check(ctx) {
    const d = ctx.facts.dates ?? {};
    if (!d.accepted) return;
    const n = Number(ctx.params.workdays);
    const { day: deadline, covered } = ctx.calendar.addWorkdays(d.accepted, n);
    if (!covered) {
      ctx.uncovered(deadline, '/dates/accepted');
      return;
    }
    if (d.acceptanceReportFiled ? d.acceptanceReportFiled > deadline : ctx.asOf > deadline) {
      ctx.report({
        pointer: d.acceptanceReportFiled ? '/dates/acceptanceReportFiled' : '/dates/accepted',
        zh: `竣工验收于 ${d.accepted}，验收报告应在 ${n} 个工作日内（${deadline} 前）备案，${d.acceptanceReportFiled ? `实际 ${d.acceptanceReportFiled}` : '尚未备案'}`,
        en: `accepted ${d.accepted}: the report is filed within ${n} working days (by ${deadline}); ${d.acceptanceReportFiled ? `filed ${d.acceptanceReportFiled}` : 'not filed'}`,
      });
    }
  },
};
