import type { Rule } from './types.js';
import { fmt, referenceTotal, sameAmount, sumOf } from '../model/money.js';

export const rule: Rule = {
  meta: {
    id: 'FUNDING-SUM',
    kind: ['arith'],
    severity: 'error',
    title: { zh: '资金来源合计等于总投资', en: 'Funding sources add up to the total' },
    description: {
      zh: 'project.yaml 中各资金来源之和等于项目总投资（批复总投资、概算、估算或匡算中最新的一个）。',
      en: 'The funding sources in project.yaml add up to the total investment (the latest of approved total, budget estimate, estimate, rough estimate).',
    },
    // An integrity check of the package's own numbers; no article to cite.
    origin: null,
    article: '',
  },
  check(ctx) {
    const funding = ctx.facts.money?.funding;
    if (!funding || funding.length === 0) return;
    const total = referenceTotal(ctx.facts);
    if (!total) {
      ctx.needs('/money', '总投资（估算、概算或批复总投资）', 'the total investment', ['/money/estimate']);
      return;
    }
    const sum = sumOf(funding.map((f) => f.amount));
    if (!sameAmount(sum, total.amount)) {
      ctx.report({
        pointer: '/money/funding',
        zh: `资金来源合计 ${fmt(sum)} 万元，与${total.zh} ${fmt(total.amount)} 万元不符`,
        en: `funding sources add up to ${fmt(sum)}, not the ${total.en} of ${fmt(total.amount)}`,
      });
    }
  },
};
