import type { Rule } from './types.js';
import { fmt, referenceTotal, sameAmount, sumOf } from '../model/money.js';
import { FULL_CHAIN, requireDocuments } from './lib/route.js';

export const rule: Rule = {
  meta: {
    id: 'XF-STAGES',
    kind: ['path', 'arith'],
    severity: 'error',
    title: { zh: '襄汾：审批文件和分年度预算', en: 'Xiangfen: documents and yearly budgets' },
    description: {
      zh: '项目建议书、可研、初步设计和投资概算报县政务信息化主管部门；跨年度项目须说明总投资和各年度预算，各年度之和等于总投资。',
      en: 'Proposal, feasibility and design go to the county authority; a multi-year project states its total and each year\'s budget, which add up to the total.',
    },
    origin: 'xiangfen',
    article: '第八条',
  },
  check(ctx) {
    requireDocuments(ctx, FULL_CHAIN);
    const d = ctx.facts.dates ?? {};
    const yearly = ctx.facts.money?.yearly;
    const multiYear = d.constructionStart && d.constructionEnd && d.constructionStart.slice(0, 4) !== d.constructionEnd.slice(0, 4);
    if (multiYear && (!yearly || yearly.length === 0)) {
      ctx.report({ pointer: '/dates/constructionEnd', zh: '跨年度项目须列明各年度预算（money.yearly）', en: 'a multi-year project must state its yearly budgets (money.yearly)' });
    }
    const total = referenceTotal(ctx.facts);
    if (yearly && yearly.length > 0 && total) {
      const sum = sumOf(yearly.map((y) => y.budget));
      if (!sameAmount(sum, total.amount)) {
        ctx.report({
          pointer: '/money/yearly',
          zh: `各年度预算合计 ${fmt(sum)} 万元，与${total.zh} ${fmt(total.amount)} 万元不符`,
          en: `yearly budgets add up to ${fmt(sum)}, not the ${total.en} of ${fmt(total.amount)}`,
        });
      }
    }
  },
  route: () => [...FULL_CHAIN],
};
