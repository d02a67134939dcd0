import type { Rule } from './types.js';
import { selfEvaluationWindow } from './lib/windows.js';

export const rule: Rule = {
  meta: {
    id: 'BZ-SELF-EVAL',
    kind: ['time'],
    severity: 'error',
    title: { zh: '巴中：自评价', en: 'Bazhong: self-evaluation' },
    description: { zh: '项目投入运行后 12 至 24 个月内开展自评价。', en: 'Self-evaluation 12–24 months after operation starts.' },
    origin: 'bazhong',
    article: '第四十二条',
    stage: '运行维护',
    params: { base: 'operationStart', from: 12, to: 24 },
  },
  check(ctx) {
    selfEvaluationWindow(ctx);
  },
};
