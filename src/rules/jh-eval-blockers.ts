import type { Rule } from './types.js';
import { checkDeclarations } from './lib/flags.js';

export const rule: Rule = {
  meta: {
    id: 'JH-EVAL-BLOCKERS',
    kind: ['flag'],
    severity: 'error',
    title: { zh: '金湖：绩效评价不予安排后续计划的情形', en: 'Jinhu: evaluation blockers' },
    description: {
      zh: '绩效评价出现第三十六条所列情形之一的，不予安排项目的后续建设及运维服务计划。',
      en: 'Any of the eight conditions of article 36 stops further construction and O&M plans.',
    },
    origin: 'jinhu',
    article: '第三十六条',
  },
  check(ctx) {
    checkDeclarations(ctx, 'JH-EVAL-BLOCKERS', { zh: '不予安排后续建设及运维服务计划', en: 'no further construction or O&M plan' });
  },
};
