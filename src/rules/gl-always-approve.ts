import type { Rule } from './types.js';
import { checkDeclarations } from './lib/flags.js';
import { FULL_CHAIN, requireDocuments } from './lib/route.js';

export const rule: Rule = {
  meta: {
    id: 'GL-ALWAYS-APPROVE',
    kind: ['path', 'flag'],
    severity: 'error',
    title: { zh: '鼓楼：不论金额一律单独审批', en: 'Gulou: every project is approved on its own' },
    description: {
      zh: '政务信息化项目不论金额大小一律单独立项审批（立项申请报告和可研），审批前不得采购。',
      en: 'Every project is approved on its own whatever its amount (application report and feasibility study); nothing is procured before approval.',
    },
    origin: 'gulou',
    article: '第十三条',
  },
  check(ctx) {
    requireDocuments(ctx, FULL_CHAIN);
    checkDeclarations(ctx, 'GL-ALWAYS-APPROVE', { zh: '违反先审批后采购', en: 'procured before approval' });
  },
  route: () => [...FULL_CHAIN],
};
