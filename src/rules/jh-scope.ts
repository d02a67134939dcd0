import type { Rule } from './types.js';
import { checkDeclarations } from './lib/flags.js';

export const rule: Rule = {
  meta: {
    id: 'JH-SCOPE',
    kind: ['path'],
    severity: 'warning',
    title: { zh: '金湖：管理范围', en: 'Jinhu: scope' },
    description: {
      zh: '本办法管理使用县级财政性资金的建设类和运维类项目；第三十九条所列七类项目不属于本办法管理范围。',
      en: 'The regulation governs construction and O&M projects paid from county funds; the seven kinds of article 39 are outside it.',
    },
    origin: 'jinhu',
    article: '第二条、第三条、第三十九条',
  },
  check(ctx) {
    if (ctx.facts.category === '采购服务') {
      ctx.report({ pointer: '/category', zh: '本办法只分建设类和运维类项目，采购服务请按运维类（购买服务）申报', en: 'this regulation knows construction and O&M projects only: file a purchased service as O&M' });
    }
    checkDeclarations(ctx, 'JH-SCOPE', { zh: '不属于本办法的管理范围', en: 'outside this regulation' });
  },
};
