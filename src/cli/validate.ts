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

export interface ValidateOptions {
  format: string;
  output?: string;
  failOn: string;
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
  const results: PackageResult[] = [];
  let unreadable = false;
  for (const dir of dirs.length > 0 ? dirs : ['.']) {
    try {
      results.push(validatePackage(dir, lang));
    } catch (err) {
      if (!(err instanceof UsageError)) throw err;
      process.stderr.write(`zwpack: ${err.message}\n`);
      unreadable = true;
    }
  }
  const color = !opts.output && opts.format === 'pretty' && process.stdout.isTTY === true;
  if (results.length > 0) emit(opts.format === 'json' ? formatJson(results) : formatPretty(results, lang, color), opts.output);
  if (unreadable) return 2;
  const failing = results.some((r) => r.findings.some((f) => SEVERITY_RANK[f.severity] >= threshold));
  return failing ? 1 : 0;
}
