import { readFileSync } from 'node:fs';
import { assetPath } from '../../data/assets.js';
import type { PackageDiff } from '../../diff/diff.js';
import type { Finding } from '../../findings.js';
import type { Lang } from '../../i18n/lang.js';
import { pick } from '../../i18n/lang.js';
import { readDocumentsRegistry } from '../../package/documents-registry.js';
import { VERSION } from '../../version.js';
import { esc } from './escape.js';

// `zwpack diff --format html`: the same comparison as the text, on one self-contained page.

const show = (v: unknown): string => (v === undefined || v === null ? '—' : typeof v === 'object' ? JSON.stringify(v) : String(v));

export function diffHtml(d: PackageDiff, lang: Lang): string {
  const L = (zh: string, en: string): string => esc(pick(lang, zh, en));
  const docs = readDocumentsRegistry();
  const title = pick(lang, `zwpack 版本比较：${d.old.path} → ${d.new.path}`, `zwpack diff: ${d.old.path} → ${d.new.path}`);
  const finding = (f: Finding, cls: string, word: string): string => `<li class="${cls}"><b>${word}</b> ${esc(f.message)} <code>${esc(f.ruleId)}</code> <span class="path">${esc(f.file)}${f.cell ? ` ${esc(f.cell)}` : f.place ? ` ${esc(f.place.replace(/^¶\d+\s*/, ''))}` : ''}</span></li>`;
  const out: string[] = [
    `<!DOCTYPE html><html lang="${lang === 'en' ? 'en' : 'zh-CN'}"><head><meta charset="utf-8">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="generator" content="zwpack">`,
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    `<title>${esc(title)}</title><style>${readFileSync(assetPath('templates', 'report', 'report.css'), 'utf8')}</style></head><body class="one">`,
    `<header class="top"><h1>${esc(title)}</h1><p class="meta">zwpack ${VERSION}</p></header><main><section class="pkg">`,
    `<h2>${L('事实（project.yaml）', 'Facts (project.yaml)')}</h2>`,
  ];
  if (d.facts.length === 0) out.push(`<p class="quiet">${L('没有改动', 'unchanged')}</p>`);
  else {
    out.push(`<table><thead><tr><th>${L('事实', 'Fact')}<th>${L('旧', 'Old')}<th>${L('新', 'New')}<th>${L('变化', 'Change')}</thead><tbody>`);
    for (const c of d.facts) out.push(`<tr><td>${esc(c.title)} <code>${esc(c.pointer)}</code><td>${esc(show(c.old))}<td>${esc(show(c.new))}<td class="num">${c.delta !== undefined ? esc(`${c.delta > 0 ? '+' : ''}${c.delta}${c.percent !== null && c.percent !== undefined ? `（${c.percent > 0 ? '+' : ''}${c.percent}%）` : ''}`) : ''}`);
    out.push('</tbody></table>');
  }
  if (d.route) out.push(`<p>${L('审批路径所需文档', 'Documents the route needs')}：${esc(d.route.old.map((x) => docs[x]?.title ?? x).join('、'))} → ${esc(d.route.new.map((x) => docs[x]?.title ?? x).join('、'))}</p>`);
  if (d.triggered.length > 0) out.push(`<p>${L('由此新出现', 'Which now brings')}：</p><ul class="findings">${d.triggered.map((f) => finding(f, 'bad', L('新增', 'new'))).join('')}</ul>`);

  out.push(`<h2>${L('附表', 'Tables')}</h2>`);
  if (d.tables.length === 0) out.push(`<p class="quiet">${L('没有改动', 'unchanged')}</p>`);
  for (const t of d.tables) {
    out.push(`<h3>${esc(t.file)} <small>${esc(t.table)}</small></h3><p>${L('合计', 'Total')} ${esc(show(t.totalBefore))} → ${esc(show(t.totalAfter))}</p><ul>`);
    const label = (r: Record<string, unknown>): string => esc(String(r.name ?? r.source ?? r.module ?? r.system ?? JSON.stringify(r)));
    for (const r of t.added) out.push(`<li class="added">+ ${label(r)}</li>`);
    for (const r of t.removed) out.push(`<li class="removed">− ${label(r)}</li>`);
    for (const c of t.changed) out.push(`<li>~ ${esc(c.row)}：${c.cells.map((x) => `${esc(x.key)} ${esc(show(x.old))} → ${esc(show(x.new))}`).join('；')}</li>`);
    out.push('</ul>');
  }

  out.push(`<h2>${L('文档', 'Documents')}</h2>`);
  if (d.documents.length === 0) out.push(`<p class="quiet">${L('没有改动', 'unchanged')}</p>`);
  for (const doc of d.documents) {
    out.push(`<h3>${esc(doc.file)} <small>${esc(docs[doc.doc]?.title ?? doc.doc)}</small></h3><ul>`);
    for (const h of doc.added) out.push(`<li class="added">+ ${esc(h)}</li>`);
    for (const h of doc.removed) out.push(`<li class="removed">− ${esc(h)}</li>`);
    for (const r of doc.renamed) out.push(`<li>~ ${esc(r.old)} → ${esc(r.new)}</li>`);
    for (const c of doc.changed) {
      out.push(`<li>${esc(c.heading)}：${L(`新增 ${c.added} 段，删除 ${c.removed} 段`, `${c.added} paragraphs added, ${c.removed} removed`)}${c.sentences.length ? `<ul>${c.sentences.map((s) => `<li>${s.old ? `<del>${esc(s.old)}</del>` : ''} → ${s.new ? `<ins>${esc(s.new)}</ins>` : ''}</li>`).join('')}</ul>` : ''}</li>`);
    }
    out.push('</ul>');
  }

  const f = d.findings;
  out.push(`<h2>${L(`检查结果：已解决 ${f.resolved.length}，新增 ${f.added.length}，仍存在 ${f.open.length}`, `Findings: ${f.resolved.length} resolved, ${f.added.length} new, ${f.open.length} open`)}</h2><ul class="findings">`);
  for (const x of f.resolved) out.push(finding(x, 'good', L('已解决', 'resolved')));
  for (const x of f.added) out.push(finding(x, 'bad', L('新增', 'new')));
  for (const x of f.open) out.push(finding(x, 'warn', L('仍存在', 'open')));
  out.push('</ul></section></main></body></html>\n');
  return out.join('\n');
}
