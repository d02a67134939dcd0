import type { Rule } from './types.js';
import { addMonths } from '../calendar/dates.js';

export const rule: Rule = {
  meta: {
    id: 'JL-ACCEPT-6M',
    kind: ['time'],
    severity: 'error',
    title: { zh: '吉林：初步验收且试运行稳定后 6 个月内申请竣工验收', en: 'Jilin: acceptance within 6 months of preliminary acceptance and a stable trial' },
    description: {
      zh: '完成初步验收且试运行达到稳定状态六个月内提交竣工验收申请书；不能按期完成的提交延期验收申请。',
      en: 'The acceptance application follows within six months of preliminary acceptance and a stable trial run; otherwise a postponement is requested.',
    },
    origin: 'jilin',
    article: '第二十六条、第二十七条',
    stage: '试运行',
    params: { months: 6 },
  },
  check(ctx) {
    const d = ctx.facts.dates ?? {};
    if (d.acceptanceRequested) {
      for (const [key, zh, en] of [['preliminaryAcceptance', '初步验收', 'preliminary acceptance'], ['trialRunStable', '试运行稳定', 'a stable trial run']] as const) {
        const v = d[key];
        if (!v || v > d.acceptanceRequested) {
          ctx.report({ pointer: '/dates/acceptanceRequested', zh: `申请竣工验收前须完成${zh}（dates.${key}）`, en: `${en} (dates.${key}) must come before the acceptance request` });
        }
      }
    }
    if (!d.preliminaryAcceptance || !d.trialRunStable) return;
    const base = d.preliminaryAcceptance > d.trialRunStable ? d.preliminaryAcceptance : d.trialRunStable;
    const deadline = addMonths(base, Number(ctx.params.months));
    ctx.deadline({ day: deadline, limit: 'by', zh: `申请竣工验收（初步验收且试运行稳定后 ${ctx.params.months} 个月内）`, en: `acceptance request (within ${ctx.params.months} months of preliminary acceptance and a stable trial)`, event: 'acceptanceRequested' });
    if (d.acceptanceRequested ? d.acceptanceRequested > deadline : ctx.asOf > deadline) {
      ctx.report({
        pointer: d.acceptanceRequested ? '/dates/acceptanceRequested' : '/dates/preliminaryAcceptance',
        zh: `竣工验收申请应在 ${deadline} 前提交（初步验收且试运行稳定于 ${base}）；逾期须提交延期验收申请`,
        en: `the acceptance application was due by ${deadline} (preliminary acceptance and stable trial by ${base}); file a postponement`,
      });
    }
  },
};
