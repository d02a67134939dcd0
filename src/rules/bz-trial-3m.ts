import type { Rule } from './types.js';
import { afterTrialRun } from './lib/windows.js';

export const rule: Rule = {
  meta: {
    id: 'BZ-TRIAL-3M',
    kind: ['time'],
    severity: 'error',
    title: { zh: '巴中：试运行满 3 个月并先行预验收', en: 'Bazhong: 3-month trial and pre-acceptance first' },
    description: {
      zh: '项目正常试运行 3 个月以上，由专家或第三方进行预验收并形成评估报告备案后，方可申请竣工验收。',
      en: 'After at least three months of normal trial run and a pre-acceptance by experts or a third party, with its report filed, acceptance may be requested.',
    },
    origin: 'bazhong',
    article: '第二十八条',
    stage: '试运行',
    params: { months: 3 },
  },
  check(ctx) {
    const d = ctx.facts.dates ?? {};
    const months = Number(ctx.params.months);
    const pre = d.preliminaryAcceptance;
    const earliest = afterTrialRun(ctx, months, 'preliminaryAcceptance', { zh: `预验收（试运行满 ${months} 个月）`, en: `pre-acceptance (after ${months} months of trial run)` });
    if (pre) {
      if (!earliest) {
        ctx.report({ pointer: '/dates/preliminaryAcceptance', zh: '预验收前须试运行，缺少试运行开始日期', en: 'pre-acceptance follows a trial run; its start date is missing' });
      } else if (pre < earliest) {
        ctx.report({ pointer: '/dates/preliminaryAcceptance', zh: `试运行自 ${d.trialRunStart} 起不足 ${months} 个月（应至 ${earliest}）即预验收`, en: `pre-acceptance before ${months} months of trial run from ${d.trialRunStart}` });
      }
    }
    if (d.acceptanceRequested && (!pre || pre > d.acceptanceRequested)) {
      ctx.report({ pointer: '/dates/acceptanceRequested', zh: '申请竣工验收前须完成预验收并将评估报告备案', en: 'a pre-acceptance with its report must come before the acceptance request' });
    }
  },
};
