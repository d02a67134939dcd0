import type { Rule } from './types.js';
import { compareShare, percentText, toFen, wan } from '../model/money.js';

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
    reading: {
      zh: '“超过…10%的”：概算恰为估算的 110% 不算超过，多 1 分才算；以分为单位精确比较（概算 − 估算）与估算 × 10%。',
      en: '"exceeds by more than 10%": a budget estimate of exactly 110% of the estimate does not exceed it; one fen more does. Compared exactly in fen.',
    },
  },
  check(ctx) {
    const m = ctx.facts.money ?? {};
    if (m.budgetEstimate === undefined) return;
    if (m.estimate === undefined) {
      ctx.needs('/money/budgetEstimate', '经批准的投资估算（money.estimate），无法比较概算', 'the approved estimate (money.estimate)', ['/money/estimate']);
      return;
    }
    if (m.estimate <= 0) return;
    const limit = Number(ctx.params.limit);
    const estimate = toFen(m.estimate);
    const over = toFen(m.budgetEstimate) - estimate;
    if (compareShare(over, estimate, limit) > 0) {
      const pct = percentText(over, estimate, limit);
      ctx.report({
        pointer: '/money/budgetEstimate',
        zh: `投资概算 ${wan(m.budgetEstimate)} 万元超过批准的估算 ${wan(m.estimate)} 万元 ${pct}%（超过 ${Number((limit * 100).toFixed(4))}%），审批部门可要求重新报送可行性研究报告`,
        en: `budget estimate ${wan(m.budgetEstimate)} is ${pct}% over the approved estimate ${wan(m.estimate)} (limit ${Number((limit * 100).toFixed(4))}%); the feasibility study may have to be resubmitted`,
      });
    }
  },
};
