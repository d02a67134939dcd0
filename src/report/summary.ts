import stringWidth from 'string-width';
import type { PackageResult, Severity } from '../findings.js';
import type { Lang } from '../i18n/lang.js';
import { pick } from '../i18n/lang.js';
import { maxOf } from '../arrays.js';

/** The rule a package breaks most, counted among its most severe findings: `RULE ×n`. */
function topRule(r: PackageResult): string {
  const worst: Severity | undefined = r.summary.error > 0 ? 'error' : r.summary.warning > 0 ? 'warning' : undefined;
  if (!worst) return '';
  const counts = new Map<string, number>();
  for (const f of r.findings) if (f.severity === worst) counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
  const [rule, n] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]!;
  return n > 1 ? `${rule} ×${n}` : rule;
}

/** Pad to a display width: a Chinese character takes two columns. */
const pad = (s: string, width: number, right = false): string => {
  const fill = ' '.repeat(Math.max(0, width - stringWidth(s)));
  return right ? fill + s : s + fill;
};

/** One row per package (errors, warnings, the top rule) and a total row, for a run over many packages. */
export function formatSummary(results: readonly PackageResult[], unreadable: readonly { path: string; reason: string }[], lang: Lang): string {
  const head = [pick(lang, '软件包', 'package'), pick(lang, '办法', 'profile'), pick(lang, '错误', 'errors'), pick(lang, '警告', 'warnings'), pick(lang, '主要规则', 'top rule')];
  const rows = results.map((r) => [r.path, r.profile ?? '—', String(r.summary.error), String(r.summary.warning), topRule(r)]);
  for (const u of unreadable) rows.push([u.path, '—', '—', '—', pick(lang, '无法读取', 'unreadable')]);
  const total = (k: 'error' | 'warning'): string => String(results.reduce((n, r) => n + r.summary[k], 0));
  const clean = results.filter((r) => r.summary.error === 0).length;
  rows.push([pick(lang, `合计 ${results.length + unreadable.length} 个（${clean} 个无错误）`, `total ${results.length + unreadable.length} (${clean} without errors)`), '', total('error'), total('warning'), '']);
  const widths = head.map((h, i) => maxOf(rows.map((r) => stringWidth(r[i]!)), stringWidth(h)));
  const numeric = [false, false, true, true, false];
  const line = (cells: string[]): string => cells.map((c, i) => pad(c, widths[i]!, numeric[i])).join('  ').trimEnd();
  const rule = widths.map((w) => '─'.repeat(w)).join('  ');
  return [line(head), rule, ...rows.slice(0, -1).map(line), rule, line(rows.at(-1)!)].join('\n') + '\n';
}
