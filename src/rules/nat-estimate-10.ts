import type { Rule } from './types.js';
import { fmt } from '../model/money.js';

export const rule: Rule = {
  meta: {
    id: 'NAT-ESTIMATE-10',
    kind: ['arith'],
    severity: 'warning',
    title: { zh: '概算超估算 10%', en: 'Budget estimate over the approved estimate by 10%' },
    description: {
      zh: '初步设计概算超过经批准的可研估算 10% 以上的，审批部门可以要求重新报送可行性研究报告。',
      en: 'A budget estimate more than 10% over the approved feasibility estimate may require the feasibility study to be resubmitted.',
    },
    origin: '《政府投资条例》（国务院令第712号）',
    article: '第十二条',
    params: { limit: 0.1 },
  },
  check(ctx) {
    const m = ctx.facts.money ?? {};
    if (m.budgetEstimate === undefined) return;
    if (m.estimate === undefined) {
      ctx.needs('/money/budgetEstimate', '经批准的投资估算（money.estimate），无法比较概算', 'the approved estimate (money.estimate)', ['/money/estimate']);
      return;
    }
    const limit = Number(ctx.params.limit);
    const over = (m.budgetEstimate - m.estimate) / m.estimate;
    if (over > limit) {
      ctx.report({
        pointer: '/money/budgetEstimate',
        zh: `投资概算 ${fmt(m.budgetEstimate)} 万元超过批准的估算 ${fmt(m.estimate)} 万元 ${(over * 100).toFixed(1)}%（超过 ${limit * 100}%），审批部门可要求重新报送可行性研究报告`,
        en: `budget estimate ${fmt(m.budgetEstimate)} is ${(over * 100).toFixed(1)}% over the approved estimate ${fmt(m.estimate)} (limit ${limit * 100}%); the feasibility study may have to be resubmitted`,
      });
    }
  },
};
