import type { Rule } from './types.js';
import { checkDeclarations } from './lib/flags.js';

export const rule: Rule = {
  meta: {
    id: 'BZ-DATA-FIRST',
    kind: ['flag'],
    severity: 'error',
    title: { zh: '巴中：未完成数据归集不得申报新增项目', en: 'Bazhong: data aggregation first' },
    description: {
      zh: '项目建设单位未落实相关技术要求完成数据归集的，原则上不得申报新增项目。',
      en: 'A unit that has not completed data aggregation may not apply for new projects.',
    },
    origin: 'bazhong',
    article: '第十一条',
  },
  check(ctx) {
    checkDeclarations(ctx, 'BZ-DATA-FIRST', { zh: '原则上不得申报新增项目', en: 'may not apply for new projects' });
  },
};
