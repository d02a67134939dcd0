import type { Rule } from './types.js';
import { maxOf } from '../arrays.js';

export const rule: Rule = {
  meta: {
    id: 'XF-SELF-EVAL',
    kind: ['time'],
    severity: 'error',
    title: { zh: '襄汾：预算年度结束后开展自评价', en: 'Xiangfen: self-evaluation after the budget year' },
    description: {
      zh: '项目实施单位在预算年度结束后开展绩效自评价。',
      en: 'Self-evaluation follows the end of the budget year.',
    },
    origin: 'xiangfen',
    article: '第二十六条',
    stage: '运行维护',
  },
  check(ctx) {
    const done = ctx.facts.dates?.selfEvaluation;
    const years = (ctx.facts.money?.yearly ?? []).map((y) => y.year);
    if (years.length === 0) return;
    const end = `${maxOf(years)}-12-31`;
    ctx.deadline({ day: `${maxOf(years) + 1}-01-01`, limit: 'notBefore', zh: '自评价（预算年度结束后）', en: 'self-evaluation (after the budget years)', event: 'selfEvaluation' });
    if (!done) return;
    if (done <= end) {
      ctx.report({ pointer: '/dates/selfEvaluation', zh: `自评价（${done}）应在预算年度结束（${end}）之后开展`, en: `self-evaluation (${done}) comes after the budget year ends (${end})` });
    }
  },
};
