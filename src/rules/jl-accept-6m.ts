import type { Rule } from './types.js';
import { addMonths } from '../calendar/dates.js';
import { notApplicable } from '../materials/condition.js';

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
    reading: {
      zh: '“完成初步验收且试运行达到稳定状态六个月内”：自两者中较晚的一日起计；没有试运行的项目（运维类，STAGE-REQUIRED 不要求其试运行日期）自初步验收起计。',
      en: '"within six months of preliminary acceptance and a stable trial run": counted from the later of the two; a project with no trial run (运维类, of which STAGE-REQUIRED asks no trial date) from preliminary acceptance.',
    },
  },
  check(ctx) {
    const d = ctx.facts.dates ?? {};
    // A project with no trial run (运维类: STAGE-REQUIRED asks no 试运行 date of it) counts from its preliminary acceptance.
    const req = ctx.profile.requires?.trialRunStable;
    const trial = req ? notApplicable(req.when, ctx.facts, ctx.lang) === null : ctx.facts.category !== '运维类';
    const steps = [['preliminaryAcceptance', '初步验收', 'preliminary acceptance'], ...(trial ? [['trialRunStable', '试运行稳定', 'a stable trial run']] : [])] as const;
    if (d.acceptanceRequested) {
      for (const [key, zh, en] of steps as readonly (readonly ['preliminaryAcceptance' | 'trialRunStable', string, string])[]) {
        const v = d[key];
        if (!v || v > d.acceptanceRequested) {
          ctx.report({ pointer: '/dates/acceptanceRequested', zh: `申请竣工验收前须完成${zh}（dates.${key}）`, en: `${en} (dates.${key}) must come before the acceptance request` });
        }
      }
    }
    if (!d.preliminaryAcceptance || (trial && !d.trialRunStable)) return;
    const base = trial && d.trialRunStable! > d.preliminaryAcceptance ? d.trialRunStable! : d.preliminaryAcceptance;
    const deadline = addMonths(base, Number(ctx.params.months));
    const after = trial ? { zh: '初步验收且试运行稳定', en: 'preliminary acceptance and a stable trial' } : { zh: '初步验收', en: 'preliminary acceptance' };
    ctx.deadline({ day: deadline, limit: 'by', zh: `申请竣工验收（${after.zh}后 ${ctx.params.months} 个月内）`, en: `acceptance request (within ${ctx.params.months} months of ${after.en})`, event: 'acceptanceRequested' });
    if (d.acceptanceRequested ? d.acceptanceRequested > deadline : ctx.asOf > deadline) {
      ctx.report({
        pointer: d.acceptanceRequested ? '/dates/acceptanceRequested' : '/dates/preliminaryAcceptance',
        zh: `竣工验收申请应在 ${deadline} 前提交（${after.zh}于 ${base}）；逾期须提交延期验收申请`,
        en: `the acceptance application was due by ${deadline} (${after.en} by ${base}); file a postponement`,
      });
    }
  },
};
