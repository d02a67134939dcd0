import type { Rule } from './types.js';
import { checkDeclarations } from './lib/flags.js';

export const rule: Rule = {
  meta: {
    id: 'JH-PLAN-ONLY',
    kind: ['flag'],
    severity: 'error',
    title: { zh: '金湖：未列入年度计划不予审批', en: 'Jinhu: only planned projects are approved' },
    description: {
      zh: '未列入年度计划的县级政务信息化项目原则上不予审批，不得未批先建。',
      en: 'A project not in the annual plan is not approved; no building before approval.',
    },
    origin: 'jinhu',
    article: '第十一条',
  },
  check(ctx) {
    checkDeclarations(ctx, 'JH-PLAN-ONLY', { zh: '原则上不予审批', en: 'not approved' });
    if (ctx.facts.inAnnualPlan === false) {
      ctx.report({ pointer: '/inAnnualPlan', zh: '项目未列入年度计划，原则上不予审批，不得未批先建', en: 'the project is not in the annual plan: it is not approved and may not start' });
    }
  },
};
