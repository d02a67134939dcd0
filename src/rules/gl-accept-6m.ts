import type { Rule } from './types.js';
import { addMonths } from '../calendar/dates.js';
import { afterTrialRun } from './lib/windows.js';

export const rule: Rule = {
  meta: {
    id: 'GL-ACCEPT-6M',
    kind: ['time'],
    severity: 'error',
    title: { zh: '鼓楼：试运行满 3 个月，完成后半年内申请验收', en: 'Gulou: 3-month trial, acceptance within 6 months' },
    description: {
      zh: '项目建设单位应在完成建设并试运行后的半年内（至少试运行三个月以上）提出竣工验收申请。',
      en: 'Acceptance is requested within six months after completion and the trial run, which lasts at least three months.',
    },
    origin: 'gulou',
    article: '第二十二条',
    stage: '试运行',
    params: { trialMonths: 3, months: 6 },
  },
  check(ctx) {
    const d = ctx.facts.dates ?? {};
    const trial = Number(ctx.params.trialMonths);
    const earliest = afterTrialRun(ctx, trial, 'acceptanceRequested', { zh: `申请竣工验收（试运行满 ${trial} 个月）`, en: `acceptance request (after ${trial} months of trial run)` });
    if (d.acceptanceRequested) {
      if (!earliest) {
        ctx.report({ pointer: '/dates/acceptanceRequested', zh: '申请竣工验收前须试运行，缺少试运行开始日期', en: 'acceptance requires a trial run; its start date is missing' });
      } else if (d.acceptanceRequested < earliest) {
        ctx.report({ pointer: '/dates/acceptanceRequested', zh: `试运行自 ${d.trialRunStart} 起不足 ${trial} 个月（应至 ${earliest}）即申请验收`, en: `acceptance requested before ${trial} months of trial run from ${d.trialRunStart}` });
      }
    }
    if (!d.constructionEnd) return;
    const deadline = addMonths(d.constructionEnd, Number(ctx.params.months));
    ctx.deadline({ day: deadline, limit: 'by', zh: `申请竣工验收（完成建设后 ${ctx.params.months} 个月内）`, en: `acceptance request (within ${ctx.params.months} months of completion)`, event: 'acceptanceRequested' });
    if (d.acceptanceRequested ? d.acceptanceRequested > deadline : ctx.asOf > deadline) {
      ctx.report({
        pointer: d.acceptanceRequested ? '/dates/acceptanceRequested' : '/dates/constructionEnd',
        zh: `竣工验收申请应在完成建设（${d.constructionEnd}）后半年内、即 ${deadline} 前提出`,
        en: `acceptance was due within six months of completion (${d.constructionEnd}): by ${deadline}`,
      });
    }
  },
};
