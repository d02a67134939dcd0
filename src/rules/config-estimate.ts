import { pick } from '../i18n/lang.js';
import { sameAmount, sumOf } from '../model/money.js';
import type { Rule } from './types.js';
import { documentStatements, fmtWan, statementAt } from './lib/statements.js';

/** The 估算表 line that carries a 配置清单 category's money: 硬件设备购置费 the 硬件 rows, 软件购置费 the 软件 rows. */
const LINES: { category: RegExp; line: RegExp; zh: string; en: string }[] = [
  { category: /硬件/, line: /硬件.*(购置|采购)/, zh: '硬件', en: 'hardware' },
  { category: /软件/, line: /软件.*(购置|采购)/, zh: '软件', en: 'software' },
];

interface Row {
  values: Record<string, unknown>;
  /** Where a finding about it points. */
  at: { file: string; pointer?: string; at?: { line: number; column: number; place?: string } };
}

/** Each category of the 配置清单 whose 估算表 line differs: what the line says and what the rows add up to. */
function mismatches(hardware: Row[], estimate: Row[]): { row: Row; name: string; zh: string; en: string; line: number; sum: number }[] {
  const out = [];
  for (const l of LINES) {
    const row = estimate.find((r) => l.line.test(String(r.values.name ?? '')));
    const items = hardware.filter((r) => l.category.test(String(r.values.category ?? '')));
    if (!row || items.length === 0 || typeof row.values.amount !== 'number') continue;
    const sum = sumOf(items.map((r) => Number(r.values.amount) || 0));
    if (!sameAmount(sum, row.values.amount)) out.push({ row, name: String(row.values.name), zh: l.zh, en: l.en, line: row.values.amount, sum });
  }
  return out;
}

export const rule: Rule = {
  meta: {
    id: 'CONFIG-ESTIMATE',
    kind: ['arith', 'text'],
    severity: 'error',
    title: { zh: '配置清单与估算表的购置费一致', en: 'The configuration list and the estimate agree' },
    description: {
      zh: '软硬件配置清单中硬件各行金额之和等于项目总投资估算表的硬件设备购置费，软件各行之和等于软件购置费：tables/ 中的两张表之间，以及同一文档中的两张表之间。',
      en: 'The hardware rows of the configuration list add up to the estimate\'s hardware purchase line and the software rows to its software line: between the two tables of tables/, and between the two tables of one document.',
    },
    origin: null,
    article: '',
  },
  check(ctx) {
    const pairs: [Row[], Row[]][] = [];
    const hw = ctx.table('hardware-software');
    const est = ctx.table('investment-estimate');
    if (hw && est) {
      pairs.push([
        hw.data.rows.map((values, i) => ({ values, at: { file: hw.file, pointer: `/rows/${i}/amount` } })),
        est.data.rows.map((values, i) => ({ values, at: { file: est.file, pointer: `/rows/${i}/amount` } })),
      ]);
    }
    for (const d of documentStatements(ctx)) {
      const of = (id: string): Row[] => d.tables.filter((t) => t.tableId === id).flatMap((t) => t.rows.map((r) => ({ values: r.values, at: { file: d.file, at: statementAt(d, r.line) } })));
      const [h, e] = [of('hardware-software'), of('investment-estimate')];
      if (h.length > 0 && e.length > 0) pairs.push([h, e]);
    }
    for (const [h, e] of pairs) {
      for (const m of mismatches(h, e)) {
        ctx.report({
          ...m.row.at,
          zh: `估算表「${m.name}」${fmtWan(m.line)}，配置清单中${m.zh}各行之和为 ${fmtWan(m.sum)}`,
          en: `the estimate's "${m.name}" is ${fmtWan(m.line)}; the ${m.en} rows of the configuration list add up to ${fmtWan(m.sum)}`,
          evidence: { quote: m.name, stated: fmtWan(m.line), expected: `${fmtWan(m.sum)}（${pick(ctx.lang, `配置清单${m.zh}合计`, `${m.en} rows of the list`)}）` },
        });
      }
    }
  },
};
