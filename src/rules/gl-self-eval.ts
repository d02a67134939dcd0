import type { Rule } from './types.js';
import { selfEvaluationWindow } from './lib/windows.js';

export const rule: Rule = {
  meta: {
    id: 'GL-SELF-EVAL',
    kind: ['time'],
    severity: 'error',
    title: { zh: '鼓楼：自评价', en: 'Gulou: self-evaluation' },
    description: { zh: '项目通过竣工验收并投入运行后 12 至 24 个月内开展自评价。', en: 'Self-evaluation 12–24 months after acceptance and operation.' },
    origin: 'gulou',
    article: '第二十四条',
    stage: '运行维护',
    params: { base: 'accepted', from: 12, to: 24 },
  },
  check(ctx) {
    selfEvaluationWindow(ctx);
  },
};
