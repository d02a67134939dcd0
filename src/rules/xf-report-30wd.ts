import type { Rule } from './types.js';
import { filedWithinWorkdays } from './lib/windows.js';

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
    stage: '竣工验收',
    params: { workdays: 30 },
  },
  check(ctx) {
    filedWithinWorkdays(ctx, 'accepted', 'acceptanceReportFiled', { zh: '竣工验收报告', en: 'the acceptance report', fromZh: '竣工验收', fromEn: 'accepted' });
  },
};
