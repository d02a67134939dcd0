import type { Rule } from './types.js';
import { checkDeclarations } from './lib/flags.js';

export const rule: Rule = {
  meta: {
    id: 'BZ-NO-PROJECT',
    kind: ['flag'],
    severity: 'error',
    title: { zh: '巴中：不予立项的项目', en: 'Bazhong: projects not approved' },
    description: {
      zh: '存在第八条所列八种情况的项目原则上不予立项。',
      en: 'The eight conditions of article 8 under which a project is not approved.',
    },
    origin: 'bazhong',
    article: '第八条',
  },
  check(ctx) {
    checkDeclarations(ctx, 'BZ-NO-PROJECT', { zh: '原则上不予立项', en: 'not approved' });
  },
};
