import type { Finding } from '../findings.js';
import type { Lang } from '../i18n/lang.js';
import { pick } from '../i18n/lang.js';
import { readDocumentsRegistry } from '../package/documents-registry.js';
import type { PackageDiff } from './diff.js';

// `zwpack diff` as text: the facts, the tables, the documents, then the findings fixed, new and open.

const show = (v: unknown): string => (v === undefined || v === null ? '—' : typeof v === 'object' ? JSON.stringify(v) : String(v));
const signed = (n: number, unit = ''): string => `${n > 0 ? '+' : ''}${n}${unit}`;
const SEVERITY: Record<Finding['severity'], [string, string]> = { error: ['错误', 'error'], warning: ['警告', 'warning'], info: ['提示', 'info'] };
const where = (f: Finding): string => `${f.file}${f.cell ? ` ${f.cell}` : f.place ? ` ${f.place.replace(/^¶\d+\s*/, '')}` : `:${f.line}`}`;

export function formatDiff(d: PackageDiff, lang: Lang): string {
  const L = (zh: string, en: string): string => pick(lang, zh, en);
  const docs = readDocumentsRegistry();
  const out: string[] = [L(`比较 ${d.old.path} → ${d.new.path}`, `Comparing ${d.old.path} → ${d.new.path}`)];
  const line = (f: Finding): string => `${L(SEVERITY[f.severity][0], SEVERITY[f.severity][1])}  ${f.message}  ${f.ruleId}  ${where(f)}`;

  out.push('', L('事实（project.yaml）：', 'Facts (project.yaml):'));
  if (d.facts.length === 0) out.push(L('  没有改动', '  unchanged'));
  for (const c of d.facts) {
    const delta = c.delta !== undefined ? `（${signed(c.delta)}${c.percent !== null && c.percent !== undefined ? `，${signed(c.percent, '%')}` : ''}）` : '';
    out.push(`  ${c.title}（${c.pointer}）：${show(c.old)} → ${show(c.new)}${delta}`);
  }
  if (d.route) out.push(L(`  审批路径所需文档：${d.route.old.map((x) => docs[x]?.title ?? x).join('、') || '无'} → ${d.route.new.map((x) => docs[x]?.title ?? x).join('、') || '无'}`, `  documents the route needs: ${d.route.old.join(', ') || 'none'} → ${d.route.new.join(', ') || 'none'}`));
  if (d.triggered.length > 0) {
    out.push(L('  由此新出现：', '  which now brings:'));
    for (const f of d.triggered) out.push(`    ${line(f)}`);
  }

  out.push('', L('附表：', 'Tables:'));
  if (d.tables.length === 0) out.push(L('  没有改动', '  unchanged'));
  for (const t of d.tables) {
    const total = t.totalBefore !== t.totalAfter ? L(`；合计 ${show(t.totalBefore)} → ${show(t.totalAfter)}`, `; total ${show(t.totalBefore)} → ${show(t.totalAfter)}`) : '';
    out.push(`  ${t.file}（${t.table}）：${L(`新增 ${t.added.length} 行，删除 ${t.removed.length} 行，修改 ${t.changed.length} 行`, `${t.added.length} rows added, ${t.removed.length} removed, ${t.changed.length} changed`)}${total}`);
    const label = (r: Record<string, unknown>): string => String(r.name ?? r.source ?? r.module ?? r.system ?? JSON.stringify(r));
    for (const r of t.added) out.push(`    + ${label(r)}`);
    for (const r of t.removed) out.push(`    - ${label(r)}`);
    for (const c of t.changed) out.push(`    ~ ${c.row}：${c.cells.map((x) => `${x.key} ${show(x.old)} → ${show(x.new)}`).join('；')}`);
  }

  out.push('', L('文档：', 'Documents:'));
  if (d.documents.length === 0) out.push(L('  没有改动', '  unchanged'));
  for (const doc of d.documents) {
    out.push(`  ${doc.file}（${docs[doc.doc]?.title ?? doc.doc}）：${L(`新增章节 ${doc.added.length}，删除 ${doc.removed.length}，改名 ${doc.renamed.length}，修改 ${doc.changed.length} 章`, `${doc.added.length} headings added, ${doc.removed.length} removed, ${doc.renamed.length} renamed, ${doc.changed.length} changed`)}`);
    for (const h of doc.added) out.push(`    + ${h}`);
    for (const h of doc.removed) out.push(`    - ${h}`);
    for (const r of doc.renamed) out.push(`    ~ ${r.old} → ${r.new}`);
    for (const c of doc.changed) {
      out.push(`    ${c.heading}：${L(`新增 ${c.added} 段，删除 ${c.removed} 段`, `${c.added} paragraphs added, ${c.removed} removed`)}`);
      for (const s of c.sentences) out.push(`      ${s.old ? `「${s.old}」` : L('（新增）', '(added)')} → ${s.new ? `「${s.new}」` : L('（删除）', '(removed)')}`);
    }
  }

  const f = d.findings;
  out.push('', L(`检查结果：已解决 ${f.resolved.length}，新增 ${f.added.length}，仍存在 ${f.open.length}`, `Findings: ${f.resolved.length} resolved, ${f.added.length} new, ${f.open.length} still open`));
  for (const x of f.resolved) out.push(`  ✔ ${L('已解决', 'resolved')}  ${line(x)}`);
  for (const x of f.added) out.push(`  ✖ ${L('新增', 'new')}  ${line(x)}`);
  for (const x of f.open) out.push(`  · ${L('仍存在', 'open')}  ${line(x)}`);
  return out.join('\n') + '\n';
}
