import type { PackageResult, Severity, Summary } from '../findings.js';
import { groupByFile } from '../findings.js';
import type { Lang } from '../i18n/lang.js';
import { pick } from '../i18n/lang.js';
import { visible } from './safe-text.js';

const LABEL: Record<Severity, [string, string]> = {
  error: ['错误', 'error'],
  warning: ['警告', 'warning'],
  info: ['提示', 'info'],
};

/** What ✔ stands for: the stage checked at and how many rules checked it (`立项审批：38 条规则已检查，6 条未到阶段`). */
function checkedLine(s: Summary, lang: Lang): string {
  if (s.stage === undefined || s.checked === undefined) return pick(lang, '：', ': ');
  const parts = [pick(lang, `${s.checked} 条规则已检查`, `${s.checked} rules checked`)];
  if (s.notYetDue) parts.push(pick(lang, `${s.notYetDue} 条未到阶段`, `${s.notYetDue} not yet due`));
  if (s.blocked) parts.push(pick(lang, `${s.blocked} 条因缺少事实未检查`, `${s.blocked} not checked for missing facts`));
  return pick(lang, ` ${s.stage}：${parts.join('，')}；`, ` at ${s.stage}: ${parts.join(', ')}; `);
}

/** The colours the report uses. */
export interface Paint {
  red(s: string): string;
  yellow(s: string): string;
  blue(s: string): string;
  green(s: string): string;
  dim(s: string): string;
  underline(s: string): string;
}

const same = (s: string): string => s;
/** No colour: chalk is then not even loaded (most runs write to a file or a pipe). */
export const PLAIN: Paint = { red: same, yellow: same, blue: same, green: same, dim: same, underline: same };

/** chalk's basic colours, for a terminal. */
export async function colours(): Promise<Paint> {
  const { Chalk } = await import('chalk');
  return new Chalk({ level: 1 });
}

/** Findings grouped by file, a summary line per package and one for all. */
export function formatPretty(results: readonly PackageResult[], lang: Lang, c: Paint = PLAIN): string {
  const paint: Record<Severity, (s: string) => string> = { error: c.red, warning: c.yellow, info: c.blue };
  const out: string[] = [];
  for (const r of results) {
    for (const [file, list] of groupByFile(r.findings)) {
      out.push(c.underline(visible(r.path === '.' ? file : `${r.path}/${file}`)));
      for (const f of list) {
        const at = visible(f.place ?? f.cell ?? `${f.line}:${f.column}`);
        const where = at.padEnd(Math.max(8, at.length + 1));
        const label = pick(lang, LABEL[f.severity][0], LABEL[f.severity][1]);
        const cite = f.source ? c.dim(`  〔${f.source}〕`) : '';
        out.push(`  ${c.dim(where)}${paint[f.severity](label)}  ${visible(f.message)}  ${c.dim(f.ruleId)}${cite}`);
        // The sentence a document finding is about, under it.
        if (f.evidence) out.push(`  ${' '.repeat(where.length)}${c.dim(`「${visible(f.evidence.quote)}」`)}`);
      }
      out.push('');
    }
    const s = r.summary;
    const mark = s.error > 0 ? c.red('✖') : s.warning > 0 ? c.yellow('!') : c.green('✔');
    out.push(
      `${mark} ${visible(r.path)}${r.profile ? `（${r.profile}）` : ''}${checkedLine(s, lang)}` +
        pick(lang, `${s.error} 个错误，${s.warning} 个警告，${s.info} 条提示`, `${s.error} errors, ${s.warning} warnings, ${s.info} info`),
    );
  }
  return out.join('\n') + '\n';
}
