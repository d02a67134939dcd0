import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { findPackages } from '../package/find.js';
import type { PackageResult, Severity } from '../findings.js';
import { SEVERITY_RANK, sortFindings } from '../findings.js';
import type { Lang } from '../i18n/lang.js';
import { pick } from '../i18n/lang.js';
import type { Route } from '../pipeline.js';
import type { Timeline } from '../model/timeline.js';
import type { PackageView } from '../report/html/view.js';
import { VERSION } from '../version.js';
import { formatJson } from '../report/json.js';
import { UsageError } from './errors.js';
import { emit, guardOutput, useColor } from './output.js';
import { fsReason } from '../fs/errors.js';
import { asOfArg, stageArg } from './args.js';
import { readHolidayFile } from '../calendar/workdays.js';
import type { HolidayData } from '../calendar/workdays.js';
import { validateMany } from '../validate/many.js';
import type { Outcome } from '../validate/outcome.js';
import { progressBar, wantsProgress } from './progress.js';

export interface ValidateOptions {
  format: string;
  output?: string;
  failOn: string;
  asOf?: string;
  holidays?: string;
  explainPath?: boolean;
  stage?: string;
  recursive?: boolean;
  jobs?: string;
  /** Do not compare the packages with one another (they are compared when there are several). */
  related?: boolean;
  /** With --format html, one package: the earlier version its findings are marked against (新增 / 仍存在 / 已解决). */
  since?: string;
  lang: Lang;
}

const FORMATS = ['pretty', 'json', 'sarif', 'junit', 'html'];

/** Validate each folder; returns the exit status (0 clean, 1 findings, 2 a folder could not be read). */
export async function runValidate(dirs: string[], opts: ValidateOptions): Promise<number> {
  const { lang } = opts;
  if (!FORMATS.includes(opts.format)) {
    throw new UsageError(pick(lang, `不支持的输出格式：${opts.format}（可选 ${FORMATS.join('、')}）`, `unknown format: ${opts.format} (${FORMATS.join(', ')})`));
  }
  if (!['error', 'warning', 'info'].includes(opts.failOn)) {
    throw new UsageError(pick(lang, `--fail-on 只能是 error、warning 或 info`, `--fail-on takes error, warning or info`));
  }
  const threshold = SEVERITY_RANK[opts.failOn as Severity];
  const asOf = asOfArg(opts.asOf, lang);
  const stage = stageArg(opts.stage, lang);
  const jobs = opts.jobs === undefined ? undefined : Number(opts.jobs);
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1 && jobs <= 256)) {
    throw new UsageError(pick(lang, `--jobs 应为 1 到 256 之间的整数：${opts.jobs}`, `--jobs takes a whole number from 1 to 256: ${opts.jobs}`));
  }
  let extraHolidays: HolidayData | undefined;
  if (opts.holidays) {
    try {
      extraHolidays = readHolidayFile(opts.holidays, lang);
    } catch (err) {
      throw new UsageError(pick(lang, `无法读取节假日文件 ${opts.holidays}：${(err as Error).message}`, `cannot read the holiday file ${opts.holidays}: ${(err as Error).message}`));
    }
  }
  let targets = dirs.length > 0 ? dirs : ['.'];
  guardOutput(opts.output, targets, lang);
  // Folders the recursive walk could not list and packages that could not be read: named, exit 2.
  const unreadable: { path: string; reason: string }[] = [];
  if (opts.recursive) {
    targets = targets.flatMap((root) => {
      if (!existsSync(root)) throw new UsageError(pick(lang, `找不到目录：${root}`, `folder not found: ${root}`));
      const found = findPackages(root);
      for (const u of found.unreadable) {
        const path = relative(process.cwd(), u.path) || '.';
        const reason = fsReason(u.error, lang) ?? (u.error as Error).message;
        unreadable.push({ path, reason: pick(lang, `无法列出目录 ${path}：${reason}`, `cannot list the folder ${path}: ${reason}`) });
      }
      for (const r of found.repeated) {
        const path = relative(process.cwd(), r) || '.';
        process.stderr.write(pick(lang, `zwpack: ${path} 是链接，指向已检查过的目录，跳过\n`, `zwpack: ${path} is a link to a folder already walked: skipped\n`));
      }
      if (found.packages.length === 0 && found.unreadable.length === 0) throw new UsageError(pick(lang, `${root} 下没有软件包（含 project.yaml 的目录）`, `no package (a folder with project.yaml) under ${root}`));
      return found.packages.map((d) => relative(process.cwd(), d) || '.');
    });
  }
  const bar = progressBar(targets.length, lang, wantsProgress(opts.format, targets.length));
  let outcomes: Outcome[];
  try {
    const view = opts.format === 'html';
    // Several packages are compared with one another once all are read (a reviewer's year at once).
    const fingerprint = targets.length > 1 && opts.related !== false;
    ({ outcomes } = await validateMany(targets, { lang, asOf, extraHolidays, explainPath: opts.explainPath, ...(stage ? { stage } : {}), ...(view ? { view } : {}), ...(fingerprint ? { fingerprint } : {}) }, bar.update, jobs));
  } finally {
    bar.end();
  }
  let crashed = false;
  const routes = new Map<string, Route>();
  const timelines = new Map<string, Timeline>();
  const results: PackageResult[] = [];
  const views: PackageView[] = [];
  outcomes.forEach((o, i) => {
    if ('unreadable' in o) {
      unreadable.push({ path: targets[i]!, reason: o.unreadable });
      return;
    }
    const v = o.validated;
    results.push(v.result);
    if (v.view) views.push(v.view);
    if (v.route) routes.set(v.result.path, v.route);
    if (v.timeline) timelines.set(v.result.path, v.timeline);
    crashed ||= v.crashed;
  });
  const printed = outcomes.flatMap((o) => ('validated' in o ? [o.validated] : []));
  if (printed.some((v) => v.fingerprint)) {
    const { relate } = await import('../corpus/relate.js');
    const withPrint = printed.filter((v) => v.fingerprint);
    const { related, findings } = await relate(withPrint.map((v) => v.fingerprint!), lang);
    withPrint.forEach((v, i) => {
      if (related[i]!.length === 0) return;
      v.result.related = related[i]!;
      for (const f of findings[i]!) {
        v.result.findings.push(f);
        v.result.summary[f.severity]++;
      }
      sortFindings(v.result.findings);
      if (v.view) v.view.related = { list: related[i]!, findings: findings[i]! };
    });
  }
  for (const u of unreadable) process.stderr.write(`zwpack: ${u.reason}\n`);
  const color = !opts.output && opts.format === 'pretty' && useColor();
  if (opts.format === 'html') {
    // Nothing could be read: stderr has said why, and no page is written.
    if (opts.since && views.length === 1) {
      const { validateFolder } = await import('../validate/outcome.js');
      const { validateRun } = await import('../validate/settings.js');
      const old = await validateFolder(opts.since, validateRun({ lang, asOf, ...(extraHolidays ? { extraHolidays } : {}), ...(stage ? { stage } : {}) }));
      if ('unreadable' in old) throw new UsageError(pick(lang, `--since ${opts.since}：${old.unreadable}`, `--since ${opts.since}: ${old.unreadable}`));
      const { matchFindings } = await import('../diff/findings.js');
      const m = matchFindings(old.validated.result.findings, results[0]!.findings);
      views[0]!.since = { path: opts.since, added: new Set(m.added), resolved: m.resolved };
    }
    if (views.length > 0) emit((await import('../report/html/page.js')).reportHtml({ views, unreadable, asOf, lang }), opts.output, lang);
  } else if (results.length > 0) {
    let report = await format(opts.format, results, routes, timelines, lang, color);
    if (opts.format === 'pretty' && results.length + unreadable.length > 1) report += '\n' + (await import('../report/summary.js')).formatSummary(results, unreadable, lang);
    emit(report, opts.output, lang);
  }
  if (unreadable.length > 0 || crashed) return 2;
  const failing = results.some((r) => r.findings.some((f) => SEVERITY_RANK[f.severity] >= threshold));
  return failing ? 1 : 0;
}

/** Each format's module loads only when asked for. */
async function format(name: string, results: PackageResult[], routes: Map<string, Route>, timelines: Map<string, Timeline>, lang: Lang, color: boolean): Promise<string> {
  switch (name) {
    case 'json':
      return formatJson(results.map((r) => ({ ...r, ...(routes.has(r.path) ? { route: routes.get(r.path) } : {}), ...(timelines.has(r.path) ? { timeline: timelines.get(r.path) } : {}) })));
    case 'sarif':
      return (await import('../report/sarif.js')).formatSarif(results, lang, VERSION);
    case 'junit':
      return (await import('../report/junit.js')).formatJunit(results);
    default: {
      const routeText = routes.size > 0 ? (await import('../report/route.js')).formatRoutes(routes, lang) : '';
      const { colours, formatPretty, PLAIN } = await import('../report/pretty.js');
      return routeText + formatPretty(results, lang, color ? await colours() : PLAIN);
    }
  }
}
