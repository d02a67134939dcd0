import type { Rule } from './types.js';
import { fmt, sameAmount, sumOf } from '../model/money.js';

/** Each row's amount is its quantity × price, and a table's total is the sum of its rows. */
export const PRODUCTS: Record<string, [string, string]> = {
  'hardware-software': ['quantity', 'unitPrice'],
  'dev-workload': ['personMonths', 'rate'],
};

export const rule: Rule = {
  meta: {
    id: 'TABLE-TOTAL',
    kind: ['arith'],
    severity: 'error',
    title: { zh: '附表合计与明细一致', en: 'Annex table totals match their rows' },
    description: {
      zh: '每张附表的合计等于各行金额之和；软硬件配置清单的金额等于数量×单价，开发工作量核算表的金额等于人月×单价。',
      en: 'Each annex table total equals the sum of its rows; hardware rows are quantity × unit price, development rows person-months × rate.',
    },
    // An integrity check of the package's own numbers; no article to cite.
    origin: null,
    article: '',
  },
  check(ctx) {
    for (const id of ['hardware-software', 'dev-workload', 'investment-estimate', 'funding-sources']) {
      const t = ctx.table(id);
      if (!t) continue;
      const product = PRODUCTS[id];
      t.data.rows.forEach((row, i) => {
        if (!product) return;
        const [a, b] = product.map((k) => Number(row[k]));
        const want = Math.round(a! * b! * 100) / 100;
        if (!sameAmount(Number(row.amount), want)) {
          ctx.report({
            file: t.file,
            pointer: `/rows/${i}/amount`,
            zh: `第 ${i + 1} 行金额 ${fmt(Number(row.amount))} 万元，应为 ${a} × ${b} = ${fmt(want)} 万元`,
            en: `row ${i + 1}: amount ${fmt(Number(row.amount))}, expected ${a} × ${b} = ${fmt(want)}`,
          });
        }
      });
      if (typeof t.data.total !== 'number') continue;
      const sum = sumOf(t.data.rows.map((r) => Number(r.amount)));
      if (!sameAmount(sum, t.data.total)) {
        ctx.report({
          file: t.file,
          pointer: '/total',
          zh: `合计 ${fmt(t.data.total)} 万元与各行之和 ${fmt(sum)} 万元不符`,
          en: `total ${fmt(t.data.total)} does not equal the sum of the rows, ${fmt(sum)}`,
        });
      }
    }
  },
};
