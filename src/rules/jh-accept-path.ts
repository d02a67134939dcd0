import type { Rule } from './types.js';
import { afterTrialRun } from './lib/windows.js';

export const rule: Rule = {
  meta: {
    id: 'JH-ACCEPT-PATH',
    kind: ['time'],
    severity: 'error',
    title: { zh: '金湖：一般类自行预验收，重点类试运行满 2 个月', en: 'Jinhu: acceptance path by class' },
    description: {
      zh: '一般类项目由实施单位自行组织竣工预验收并将意见报县数据局备案；重点类项目试运行 2 个月以上后，填写竣工验收申请表报县数据局。',
      en: 'Ordinary projects hold their own pre-acceptance and file the opinion; key projects run a trial of at least two months, then apply to the data bureau.',
    },
    origin: 'jinhu',
    article: '第二十六条',
    stage: '竣工验收',
    params: { trialMonths: 2 },
  },
  check(ctx) {
    const d = ctx.facts.dates ?? {};
    if (ctx.facts.class === '重点类') {
      const months = Number(ctx.params.trialMonths);
      // Noted before the request too: the earliest day it may be made is what the timeline is for.
      const earliest = afterTrialRun(ctx, months, 'acceptanceRequested', { zh: `申请竣工验收（重点类试运行满 ${months} 个月）`, en: `acceptance request (key project: ${months} months of trial run)` });
      const asked = d.acceptanceRequested;
      if (asked && !earliest) {
        ctx.report({ pointer: '/dates/acceptanceRequested', zh: '重点类项目须试运行后申请竣工验收，缺少试运行开始日期', en: 'a key project applies after a trial run; its start date is missing' });
      } else if (asked && earliest && asked < earliest) {
        ctx.report({ pointer: '/dates/acceptanceRequested', zh: `重点类项目试运行须满 ${months} 个月（自 ${d.trialRunStart} 至 ${earliest}），申请日期过早`, en: `a key project needs ${months} months of trial run from ${d.trialRunStart}; the application is early` });
      }
    }
    if (ctx.facts.class === '一般类' && d.accepted && !d.preliminaryAcceptance) {
      ctx.report({ pointer: '/dates/accepted', zh: '一般类项目须自行组织竣工预验收并报县数据局备案，缺少预验收日期', en: 'an ordinary project holds its own pre-acceptance; its date is missing' });
    }
  },
};
