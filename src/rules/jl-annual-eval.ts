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
    reading: {
      zh: '“对建设期超过1年的项目……在建设期内每年年底前”：建设期（constructionStart 至 constructionEnd）超过 12 个月的，自开工至竣工验收，每个落在其间的年底各报一份；竣工验收之年若在年底前已验收，不再报送（验收已覆盖该年）；验收之后的年份不报；项目未到建设实施阶段时日期仅为计划，不作要求。',
      en: '"for a construction period over a year… by each year end within it": when constructionStart to constructionEnd is over 12 months, one report for each year end between the start of construction and acceptance; none for the year of acceptance when acceptance comes before its year end, none after; before 建设实施 the dates are plans and nothing is due.',
    },
  },
  check(ctx) {
    const d = ctx.facts.dates ?? {};
    if (!d.constructionStart) return;
    const end = d.constructionEnd ?? ctx.asOf;
    if (end <= addMonths(d.constructionStart, 12)) return; // a year or less: no yearly report
    yearlyReports(ctx, '绩效评价报告', 'evaluation report');
  },
};
