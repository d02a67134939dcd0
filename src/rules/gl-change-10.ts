import type { Rule } from './types.js';
import { classifyChanges } from './lib/change.js';

export const rule: Rule = {
  meta: {
    id: 'GL-CHANGE-10',
    kind: ['arith', 'path'],
    severity: 'error',
    title: { zh: '鼓楼：变更 10% 以内履行变更手续，10% 及以上重新立项', en: 'Gulou: under 10% change procedure, 10% or more re-approval' },
    description: {
      zh: '建设内容重大调整或投资概算超出批复总投资 10% 以内的，履行项目变更手续；10%（含）以上的，必须重新立项。',
      en: 'A major change or overrun under 10% of the approved total follows the change procedure; 10% or more must be approved again.',
    },
    origin: 'gulou',
    article: '第二十条',
    stage: '建设实施',
    params: { limit: 0.1, inclusive: false },
  },
  check(ctx) {
    classifyChanges(
      ctx,
      { zh: '履行项目变更手续（变更申请及说明报区发改委〔大数据局〕）', en: 'follow the change procedure (application to the district commission / data bureau)' },
      { zh: '必须重新立项', en: 'the project must be approved again' },
    );
  },
};
