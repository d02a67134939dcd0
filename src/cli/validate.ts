import { resolve } from 'node:path';
import type { PackageResult, Severity } from '../findings.js';
import { SEVERITY_RANK } from '../findings.js';
import type { Lang } from '../i18n/lang.js';
import { pick } from '../i18n/lang.js';
import { validatePackage } from '../pipeline.js';
import { formatJson } from '../report/json.js';
import { formatPretty } from '../report/pretty.js';
import { UsageError } from './errors.js';
import { emit } from './output.js';
import { isDay, today } from '../calendar/dates.js';
import { packagedCalendar, readHolidayFile } from '../calendar/workdays.js';

export interface ValidateOptions {
  format: string;
  output?: string;
  failOn: string;
  asOf?: string;
  holidays?: string;
  lang: Lang;
}

/** Validate each folder; returns the exit status (0 clean, 1 findings, 2 a folder could not be read). */
export function runValidate(dirs: string[], opts: ValidateOptions): number {
  const { lang } = opts;
  if (!['pretty', 'json'].includes(opts.format)) {
    throw new UsageError(pick(lang, `不支持的输出格式：${opts.format}（可选 pretty、json）`, `unknown format: ${opts.format} (pretty, json)`));
  }
  if (!['error', 'warning', 'info'].includes(opts.failOn)) {
    throw new UsageError(pick(lang, `--fail-on 只能是 error、warning 或 info`, `--fail-on takes error, warning or info`));
  }
  const threshold = SEVERITY_RANK[opts.failOn as Severity];
  const asOf = opts.asOf ?? today();
  if (!isDay(asOf)) throw new UsageError(pick(lang, `--as-of 应为 YYYY-MM-DD 格式的日期：${asOf}`, `--as-of takes a date as YYYY-MM-DD: ${asOf}`));
  let calendar = packagedCalendar();
  if (opts.holidays) {
    try {
      calendar = calendar.extend(readHolidayFile(opts.holidays));
    } catch (err) {
      throw new UsageError(pick(lang, `无法读取节假日文件 ${opts.holidays}：${(err as Error).message}`, `cannot read the holiday file ${opts.holidays}: ${(err as Error).message}`));
    }
  }
  let crashed = false;
  const results: PackageResult[] = [];
  let unreadable = false;
  for (const dir of dirs.length > 0 ? dirs : ['.']) {
    try {
      const v = validatePackage(dir, { lang, asOf, calendar });
      results.push(v.result);
      crashed ||= v.crashed;
    } catch (err) {
      if (!(err instanceof UsageError)) throw err;
      process.stderr.write(`zwpack: ${err.message}\n`);
      unreadable = true;
    }
  }
  const color = !opts.output && opts.format === 'pretty' && process.stdout.isTTY === true;
  if (results.length > 0) emit(opts.format === 'json' ? formatJson(results) : formatPretty(results, lang, color), opts.output);
  if (unreadable || crashed) return 2;
  const failing = results.some((r) => r.findings.some((f) => SEVERITY_RANK[f.severity] >= threshold));
  return failing ? 1 : 0;
}
