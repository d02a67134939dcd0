import type { Rule } from './types.js';
import { addMonths } from '../calendar/dates.js';

export const rule: Rule = {
  meta: {
    id: 'NAT-ACCEPT-6M',
    kind: ['time'],
    severity: 'error',
    title: { zh: '完成后 6 个月内申请竣工验收', en: 'Acceptance requested within 6 months' },
    description: {
      zh: '试运行稳定（或建设完成）后 6 个月内提出竣工验收申请。',
      en: 'Completion acceptance is requested within 6 months after the trial run is stable or construction is complete.',
    },
    origin: '国家政务信息化项目建设管理办法（国办发〔2019〕57号）',
    article: '（竣工验收；吉林 第二十六条、鼓楼 第二十二条重述）',
    stage: '试运行',
    restatedBy: { jilin: '第二十六条', gulou: '第二十二条' },
    believed: true,
    params: { months: 6 },
  },
  check(ctx) {
    const d = ctx.facts.dates ?? {};
    const baseKey = d.trialRunStable ? 'trialRunStable' : d.constructionEnd ? 'constructionEnd' : null;
    if (!baseKey) return;
    const base = d[baseKey]!;
    const deadline = addMonths(base, Number(ctx.params.months));
    const label = baseKey === 'trialRunStable' ? ['试运行稳定', 'the stable trial run'] : ['建设完成', 'completion'];
    ctx.deadline({ day: deadline, limit: 'by', zh: `申请竣工验收（${label[0]}后 ${ctx.params.months} 个月内）`, en: `acceptance request (within ${ctx.params.months} months of ${label[1]})`, event: 'acceptanceRequested' });
    if (d.acceptanceRequested) {
      if (d.acceptanceRequested > deadline) {
        ctx.report({ pointer: '/dates/acceptanceRequested', zh: `竣工验收申请（${d.acceptanceRequested}）晚于${label[0]}（${base}）后 ${ctx.params.months} 个月（${deadline}）`, en: `acceptance requested on ${d.acceptanceRequested}, after ${ctx.params.months} months from ${label[1]} (${base}): ${deadline}` });
      }
    } else if (ctx.asOf > deadline) {
      ctx.report({ pointer: `/dates/${baseKey}`, zh: `竣工验收申请已逾期：应在 ${deadline} 前提出`, en: `acceptance request overdue: due by ${deadline}` });
    }
  },
};
