import type { Rule } from './types.js';
import { checkDeclarations } from './lib/flags.js';

export const rule: Rule = {
  meta: {
    id: 'JH-NOT-SUPPORTED',
    kind: ['flag'],
    severity: 'error',
    title: { zh: '金湖：不予支持的项目', en: 'Jinhu: projects not supported' },
    description: {
      zh: '第十九条所列九种情形的项目原则上不予支持。',
      en: 'The nine conditions of article 19 under which a project is not supported.',
    },
    origin: 'jinhu',
    article: '第十九条',
  },
  check(ctx) {
    checkDeclarations(ctx, 'JH-NOT-SUPPORTED', { zh: '原则上不予支持', en: 'not supported' });
  },
};
