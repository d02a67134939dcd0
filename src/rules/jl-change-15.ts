import type { Rule } from './types.js';
import { classifyChanges } from './lib/change.js';

const REASONS = ['上级部署调整', '技术方案完善优化', '业务发展需要'];

export const rule: Rule = {
  meta: {
    id: 'JL-CHANGE-15',
    kind: ['arith', 'path'],
    severity: 'error',
    title: { zh: '吉林：调整不超过概算 15% 可自行调整并备案', en: 'Jilin: adjustments within 15% are filed' },
    description: {
      zh: '未超批复概算、目标不变、调整数额不超过概算总投资 15% 且属三种情形之一的，由建设单位调整并备案；否则调整可研、初设并重新报批。',
      en: 'Within the approved budget, same goals, at most 15% and for one of three reasons: the unit adjusts and files; otherwise feasibility and design are revised and approved again.',
    },
    origin: 'jilin',
    article: '第二十三条',
    stage: '建设实施',
    params: { limit: 0.15, inclusive: true },
    reading: {
      zh: '“不超过概算总投资15%”：调整数额累计恰为概算总投资（money.budgetEstimate）的 15% 仍可自行调整并备案，多 1 分即须重新报批；以分为单位精确比较，不按批复总投资计算。',
      en: '"at most 15% of the budget estimate": changes adding up to exactly 15% of money.budgetEstimate may still be adjusted and filed; one fen more must be approved again. Compared exactly in fen, against the budget estimate, not the approved total.',
    },
  },
  check(ctx) {
    classifyChanges(
      ctx,
      { zh: '由项目建设单位调整，同时向项目审批部门备案（附调整说明）', en: 'the unit adjusts and files with the approving department' },
      { zh: '须调整可行性研究报告、初步设计，并报送项目审批部门重新审批', en: 'revise the feasibility study and design and have them approved again' },
      (i) => {
        const c = ctx.facts.changes![i]!;
        if (c.reason === undefined) {
          ctx.needs(`/changes/${i}`, '变更原因（reason），无法判断是否属于可自行调整的三种情形', 'the reason, so the route cannot be told');
        } else if (!REASONS.includes(c.reason)) {
          ctx.report({ pointer: `/changes/${i}/reason`, zh: '变更原因不属于第二十三条所列三种情形：须调整可研、初设并重新报批', en: 'the reason is not one of the three of article 23: feasibility and design must be approved again' });
        }
      },
      'budgetEstimate',
    );
  },
};
