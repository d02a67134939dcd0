import type { Rule } from './types.js';
import { fmt, referenceTotal, sameAmount } from '../model/money.js';

const TOTAL_TABLES: [string, string, string][] = [
  ['investment-estimate', '项目总投资估算表', 'investment estimate table'],
  ['funding-sources', '项目资金来源表', 'funding sources table'],
];

export const rule: Rule = {
  meta: {
    id: 'AMOUNT-CONSISTENT',
    kind: ['arith'],
    severity: 'error',
    title: { zh: '同一金额处处一致', en: 'The same amount everywhere' },
    description: {
      zh: '项目总投资估算表、项目资金来源表的合计与 project.yaml 的总投资一致；合同金额不超过总投资；监理费不超过总投资。',
      en: 'The investment estimate and funding tables total the project total of project.yaml; the contract and supervision fee stay within it.',
    },
    // An integrity check of the package's own numbers; no article to cite.
    origin: null,
    article: '',
  },
  check(ctx) {
    const total = referenceTotal(ctx.facts);
    if (!total) return;
    for (const [id, zh, en] of TOTAL_TABLES) {
      const t = ctx.table(id);
      if (!t || typeof t.data.total !== 'number' || t.data.rows.length === 0) continue;
      if (!sameAmount(t.data.total, total.amount)) {
        ctx.report({
          file: t.file,
          pointer: '/total',
          zh: `${zh}合计 ${fmt(t.data.total)} 万元，与 project.yaml 的${total.zh} ${fmt(total.amount)} 万元不符`,
          en: `the ${en} totals ${fmt(t.data.total)}, not the ${total.en} of ${fmt(total.amount)} in project.yaml`,
        });
      }
    }
    const m = ctx.facts.money ?? {};
    for (const [key, zh, en] of [['contractAmount', '合同金额', 'contract amount'], ['supervisionFee', '监理费', 'supervision fee']] as const) {
      const v = m[key];
      if (typeof v === 'number' && v > total.amount + 0.005) {
        ctx.report({
          pointer: `/money/${key}`,
          zh: `${zh} ${fmt(v)} 万元超过${total.zh} ${fmt(total.amount)} 万元`,
          en: `${en} ${fmt(v)} exceeds the ${total.en} of ${fmt(total.amount)}`,
        });
      }
    }
  },
};
