import { existsSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Lang } from '../i18n/lang.js';
import { pick } from '../i18n/lang.js';
import { UsageError } from './errors.js';
import { guardOutput, isZwpackReport } from './output.js';
import { runValidate } from './validate.js';

export interface ReportOptions {
  out?: string;
  asOf?: string;
  holidays?: string;
  recursive?: boolean;
  jobs?: string;
  force?: boolean;
  /** The earlier version of the one package: each finding marked 新增 or 仍存在, the fixed ones listed. */
  since?: string;
  lang: Lang;
}

/** zwpack report: validate the packages and write the HTML page (one package, or a dashboard of many). */
export async function runReport(dirs: string[], opts: ReportOptions): Promise<number> {
  const { lang } = opts;
  const targets = dirs.length > 0 ? dirs : ['.'];
  // One package: beside its other outputs; several: in the working folder.
  const out = opts.out ?? (targets.length === 1 && !opts.recursive ? join(targets[0]!, 'out', 'report.html') : 'zwpack-report.html');
  guardOutput(out, targets, lang, '--out');
  if (existsSync(out) && !opts.force && !isZwpackReport(out)) {
    throw new UsageError(pick(lang, `${out} 已存在且不是 zwpack 的报告；用 --force 覆盖，或用 --out 换一个文件名`, `${out} exists and is not a zwpack report: use --force to replace it, or --out for another name`));
  }
  if (opts.since && (targets.length !== 1 || opts.recursive)) throw new UsageError(pick(lang, '--since 只用于单个软件包的报告', '--since is for the report of one package'));
  const before = existsSync(out) ? statSync(out).mtimeMs : null;
  const status = await runValidate(targets, { format: 'html', output: out, failOn: 'error', asOf: opts.asOf, holidays: opts.holidays, recursive: opts.recursive, jobs: opts.jobs, ...(opts.since ? { since: opts.since } : {}), lang });
  if (existsSync(out) && statSync(out).mtimeMs !== before) {
    const shown = relative(process.cwd(), resolve(out)) || out;
    process.stderr.write(pick(lang, `已生成报告：${shown}\n`, `report written: ${shown}\n`));
  }
  return status;
}
