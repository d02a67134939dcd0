import type { Rule } from './types.js';
import { selfEvaluationWindow } from './lib/windows.js';

export const rule: Rule = {
  meta: {
    id: 'JL-SELF-EVAL',
    kind: ['time'],
    severity: 'error',
    title: { zh: '吉林：自评价', en: 'Jilin: self-evaluation' },
    description: { zh: '项目通过竣工验收并投入运行后 12 至 24 个月内开展自评价，并将自评价报告报送项目审批部门。', en: 'Self-evaluation 12–24 months after acceptance, reported to the approving department.' },
    origin: 'jilin',
    article: '第二十八条',
    stage: '运行维护',
    params: { base: 'accepted', from: 12, to: 24 },
  },
  check(ctx) {
    selfEvaluationWindow(ctx);
  },
};
