import type { Rule } from './types.js';
import { checkDeclarations } from './lib/flags.js';
import { reportOutline } from './lib/outline.js';

export const rule: Rule = {
  meta: {
    id: 'XF-REVIEW',
    kind: ['flag', 'outline'],
    severity: 'error',
    title: { zh: '襄汾：审核要点，不新建业务专网', en: 'Xiangfen: review points, no new private networks' },
    description: {
      zh: '审核需求合理性、建设集约性、方案可行性、预算合理性和绩效目标合理性；不得新建业务专网。',
      en: 'Review covers need, consolidation, feasibility, budget and goals; no new private business network.',
    },
    origin: 'xiangfen',
    article: '第十一条',
  },
  check(ctx) {
    reportOutline(ctx, 'XF-REVIEW');
    checkDeclarations(ctx, 'XF-REVIEW', { zh: '不符合建设集约性要求', en: 'not consolidated' });
  },
};
