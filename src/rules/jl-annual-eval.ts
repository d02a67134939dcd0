import type { Rule } from './types.js';
import { addMonths } from '../calendar/dates.js';
import { yearlyReports } from './lib/windows.js';

export const rule: Rule = {
  meta: {
    id: 'JL-ANNUAL-EVAL',
    kind: ['time'],
    severity: 'error',
    title: { zh: '吉林：建设期超过 1 年的项目每年年底前报送绩效评价报告', en: 'Jilin: a yearly evaluation report for long projects' },
    description: {
      zh: '建设期超过 1 年的项目，在建设期内每年年底前向项目审批部门提交项目绩效评价报告。',
      en: 'A project built over more than a year files a performance evaluation report by each year end.',
    },
    origin: 'jilin',
    article: '第二十条',
    stage: '建设实施',
  },
  check(ctx) {
    const d = ctx.facts.dates ?? {};
    if (!d.constructionStart) return;
    const end = d.constructionEnd ?? ctx.asOf;
    if (end <= addMonths(d.constructionStart, 12)) return; // a year or less: no yearly report
    yearlyReports(ctx, '绩效评价报告', 'evaluation report');
  },
};
