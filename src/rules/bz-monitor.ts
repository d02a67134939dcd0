import type { Rule } from './types.js';
import { yearlyReports } from './lib/windows.js';

export const rule: Rule = {
  meta: {
    id: 'BZ-MONITOR',
    kind: ['time'],
    severity: 'error',
    title: { zh: '巴中：每年年底前报送绩效监控报告', en: 'Bazhong: a monitoring report by each year end' },
    description: {
      zh: '项目实施期内形成项目绩效监控报告，每年年底前提交市发展改革委、市财政局和市政务服务和大数据管理局。',
      en: 'During implementation a performance monitoring report is filed by each year end.',
    },
    origin: 'bazhong',
    article: '第四十一条',
    stage: '建设实施',
    reading: {
      zh: '“项目实施期内……每年年底前”：自开工至竣工验收，每个落在其间的年底各报一份；验收之年若在年底前已验收则不报；未到建设实施阶段时不作要求。',
      en: '"during implementation… by each year end": one report for each year end between the start of construction and acceptance; none for the year of acceptance when it comes before the year end; nothing before 建设实施.',
    },
  },
  check(ctx) {
    yearlyReports(ctx, '绩效监控报告', 'monitoring report');
  },
};
