import type { Rule } from './types.js';
import { checkDeclarations } from './lib/flags.js';

export const rule: Rule = {
  meta: {
    id: 'JL-CLOUD',
    kind: ['flag'],
    severity: 'error',
    title: { zh: '吉林：依托“吉林祥云”集约建设', en: 'Jilin: build on the Jilin cloud' },
    description: {
      zh: '项目建设应当充分依托“吉林祥云”大数据平台开展集约化建设，原则上不再新建、扩建其他政务云和数据平台。',
      en: 'Projects build on the Jilin cloud platform; no new clouds or data platforms.',
    },
    origin: 'jilin',
    article: '第十九条',
  },
  check(ctx) {
    checkDeclarations(ctx, 'JL-CLOUD', { zh: '不符合集约建设要求', en: 'not built on the shared cloud' });
  },
};
