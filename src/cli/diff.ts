import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packagedCalendar } from '../calendar/workdays.js';
import { diffVersions, readVersion } from '../diff/diff.js';
import { formatDiff } from '../diff/format.js';
import type { Lang } from '../i18n/lang.js';
import { runImportInto } from '../import/run.js';
import { FACTS_FILE } from '../package/load.js';
import { asOfArg } from './args.js';
import { UsageError } from './errors.js';
import { pick } from '../i18n/lang.js';
import { emit, guardOutput } from './output.js';

export interface DiffOptions {
  format: string;
  output?: string;
  asOf?: string;
  lang: Lang;
}

/**
 * A package is read as it is; a submission (a folder or .zip without project.yaml) is imported into a
 * temp folder first, as `zwpack import` would, so two rounds of a submission compare too.
 */
async function packageOf(path: string, work: string, name: string, lang: Lang): Promise<string> {
  if (!existsSync(path)) throw new UsageError(pick(lang, `找不到软件包或提交材料：${path}`, `no package or submission at ${path}`));
  if (statSync(path).isDirectory() && existsSync(join(path, FACTS_FILE))) return path;
  const { dir } = await runImportInto(path, join(work, name), { lang, force: true });
  return dir;
}

/** zwpack diff OLD NEW: facts, tables, documents and findings of two versions. Exit 0 unless it cannot compare (2). */
export async function runDiff(oldArg: string, newArg: string, opts: DiffOptions): Promise<number> {
  const { lang } = opts;
  const asOf = asOfArg(opts.asOf, lang);
  guardOutput(opts.output, [oldArg, newArg], lang);
  const work = mkdtempSync(join(tmpdir(), 'zwpack-diff-'));
  try {
    const run = { lang, asOf, calendar: packagedCalendar() };
    const a = await readVersion(await packageOf(oldArg, work, 'old', lang), run);
    const b = await readVersion(await packageOf(newArg, work, 'new', lang), run);
    const d = diffVersions(a, b);
    d.old.path = oldArg;
    d.new.path = newArg;
    if (opts.format === 'json') emit(JSON.stringify(d, null, 2) + '\n', opts.output, lang);
    else if (opts.format === 'html') emit((await import('../report/html/diff.js')).diffHtml(d, lang), opts.output, lang);
    else emit(formatDiff(d, lang), opts.output, lang);
    return 0;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
