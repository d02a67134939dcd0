import type { Rule } from './types.js';
import { checkDeclarations } from './lib/flags.js';

export const rule: Rule = {
  meta: {
    id: 'XF-CLOUD',
    kind: ['flag'],
    severity: 'error',
    title: { zh: '襄汾：使用市级政务云', en: 'Xiangfen: use the city cloud' },
    description: {
      zh: '项目使用《临汾市市级政务云平台服务目录》中的服务，非涉密应用系统向市级政务云平台迁移。',
      en: 'Projects use the Linfen city cloud catalogue; non-secret systems migrate to it.',
    },
    origin: 'xiangfen',
    article: '第十二条、第三十五条',
  },
  check(ctx) {
    checkDeclarations(ctx, 'XF-CLOUD', { zh: '不符合政务云要求', en: 'not on the city cloud' });
  },
};
