import { pick } from '../i18n/lang.js';
import { sameAmount, sumOf } from '../model/money.js';
import type { AnnexRow, AnnexTable } from '../document/annex-table.js';
import type { RuleContext, Rule } from './types.js';
import { documentStatements, fmtWan, plainName, statementAt } from './lib/statements.js';
// Each row's amount is the product TABLE-TOTAL checks the package's tables for.
import { PRODUCTS } from './table-total.js';
import type { DocumentStatements } from './lib/statements.js';

/** The column that names a row, to pair a document's row with the package's. */
const NAME: Record<string, string> = { 'investment-estimate': 'name', 'funding-sources': 'source', 'hardware-software': 'name', 'dev-workload': 'module' };

const norm = (s: unknown): string => plainName(String(s ?? ''));
const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);

export const rule: Rule = {
  meta: {
    id: 'DOC-TABLE',
    kind: ['text', 'arith'],
    severity: 'error',
    title: { zh: '文档中的附表自洽并与 tables/ 一致', en: 'Annex tables in the documents add up and match tables/' },
    description: {
      zh: '文档中按表头识别出的附表（估算表、资金来源表、软硬件配置清单、开发工作量核算表）：各行之和等于合计，各组之和等于小计或该组金额，数量×单价等于金额；软件包有同一张表（tables/）且为本文档的阶段时逐行一致；没有时该表的合计等于 project.yaml 中本文档的总投资。',
      en: 'An annex table in a document (recognised by its header): rows add up to the total, groups to their subtotal, quantity × price to the amount; row by row equal to the package\'s table in tables/ when that is of the document\'s stage; without one, its total equals the document\'s total in project.yaml.',
    },
    origin: null,
    article: '',
  },
  check(ctx) {
    for (const d of documentStatements(ctx)) for (const t of d.tables) checkTable(ctx, d, t);
  },
};

function checkTable(ctx: RuleContext, d: DocumentStatements, t: AnnexTable): void {
  const name = t.caption ?? t.tableId;
  // The row a finding is about, as its cells read (a merged cell once): what the finding quotes.
  const rowAt = (line: number): string => {
    const row = d.model.tables.flatMap((x) => x.rows).find((r) => r.some((c) => c.line === line));
    return row ? `${name}：${[...new Set(row.map((c) => c.text).filter(Boolean))].join(' | ')}` : name;
  };
  const report = (line: number, zh: string, en: string, stated: number, expected: number, why: { zh: string; en: string }): void =>
    ctx.report({ file: d.file, at: statementAt(d, line), zh: `${name}：${zh}`, en: `${name}: ${en}`, evidence: { quote: rowAt(line), stated: fmtWan(stated), expected: `${fmtWan(expected)}（${pick(ctx.lang, why.zh, why.en)}）` } });
  const product = PRODUCTS[t.tableId];
  if (product) {
    for (const r of t.rows) {
      const [a, b, amount] = [num(r.values[product[0]]), num(r.values[product[1]]), num(r.values.amount)];
      if (a === null || b === null || amount === null) continue;
      const want = Math.round(a * b * 1e6) / 1e6;
      if (!sameAmount(amount, want)) report(r.line, `「${r.values.name ?? r.values.module ?? ''}」金额 ${fmtWan(amount)}，应为 ${a} × ${b} = ${fmtWan(want)}`, `"${r.values.name ?? r.values.module ?? ''}" is ${fmtWan(amount)}, expected ${a} × ${b} = ${fmtWan(want)}`, amount, want, { zh: '数量×单价', en: 'quantity × price' });
    }
  }
  const amounts = (rows: AnnexRow[]): number => sumOf(rows.map((r) => num(r.values.amount) ?? 0));
  for (const s of t.sums) {
    if (s.parts.length === 0) continue;
    const sum = amounts(s.parts);
    if (!sameAmount(sum, s.amount)) report(s.line, `「${s.label}」小计 ${fmtWan(s.amount)}与其各行之和 ${fmtWan(sum)}不符`, `the subtotal of "${s.label}", ${fmtWan(s.amount)}, is not the sum of its rows, ${fmtWan(sum)}`, s.amount, sum, { zh: '各行之和', en: 'the sum of its rows' });
  }
  let totalOk = true;
  if (t.total && t.rows.length > 0) {
    const sum = amounts(t.rows);
    if (!sameAmount(sum, t.total.amount)) {
      totalOk = false;
      report(t.total.line, `合计 ${fmtWan(t.total.amount)}与各行之和 ${fmtWan(sum)}不符`, `the total ${fmtWan(t.total.amount)} is not the sum of the rows, ${fmtWan(sum)}`, t.total.amount, sum, { zh: '各行之和', en: 'the sum of the rows' });
    }
  }
  const pkg = ctx.table(t.tableId);
  const total = d.total;
  const pkgOfStage = pkg && (!total || typeof pkg.data.total !== 'number' || sameAmount(pkg.data.total, total.amount));
  if (pkg && pkgOfStage) {
    // Row by row against the package's table: the same names, the same amounts.
    const key = NAME[t.tableId] ?? 'name';
    const theirs = new Map(pkg.data.rows.map((r) => [norm(r[key]), r]));
    const mine = new Set<string>();
    for (const r of t.rows) {
      const n = norm(r.values[key]);
      mine.add(n);
      const other = theirs.get(n);
      const amount = num(r.values.amount);
      if (!other) {
        ctx.report({ file: d.file, at: statementAt(d, r.line), zh: `${name}：「${r.values[key] ?? ''}」不在 ${pkg.file} 中`, en: `${name}: "${r.values[key] ?? ''}" is not in ${pkg.file}` });
      } else if (amount !== null && typeof other.amount === 'number' && !sameAmount(amount, other.amount)) {
        report(r.line, `「${r.values[key]}」为 ${fmtWan(amount)}，${pkg.file} 中为 ${fmtWan(other.amount)}`, `"${r.values[key]}" is ${fmtWan(amount)}; ${pkg.file} says ${fmtWan(other.amount)}`, amount, other.amount, { zh: pkg.file, en: pkg.file });
      }
    }
    for (const [n, r] of theirs) {
      if (!mine.has(n)) ctx.report({ file: d.file, at: statementAt(d, t.line), zh: `${name}：缺少 ${pkg.file} 中的「${r[key] ?? ''}」`, en: `${name}: "${r[key] ?? ''}" of ${pkg.file} is missing` });
    }
  } else if (t.total && totalOk && total && (t.tableId === 'investment-estimate' || t.tableId === 'funding-sources') && !sameAmount(t.total.amount, total.amount)) {
    // No table of this stage in tables/: the document's table is the package's, and totals the document's figure.
    report(t.total.line, `合计 ${fmtWan(t.total.amount)}，project.yaml 的${total.zh}为 ${fmtWan(total.amount)}`, `totals ${fmtWan(t.total.amount)}; the ${total.en} in project.yaml is ${fmtWan(total.amount)}`, t.total.amount, total.amount, { zh: `project.yaml 的${total.zh}`, en: `the ${total.en} in project.yaml` });
  }
}
