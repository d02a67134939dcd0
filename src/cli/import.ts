import { relative } from 'node:path';
import type { Lang } from '../i18n/lang.js';
import { pick } from '../i18n/lang.js';
import { summarize } from '../findings.js';
import { runImportInto } from '../import/run.js';
import { formatPretty, PLAIN } from '../report/pretty.js';
import { runValidate } from './validate.js';

/** Import a submission, say what was found and guessed, then validate the package (validate's exit status, or 1 for an unreadable file). */
export async function runImport(submission: string, dir: string | undefined, opts: { profile?: string; stage?: string; force?: boolean; asOf?: string; lang: Lang }): Promise<number> {
  const { lang } = opts;
  const imported = await runImportInto(submission, dir, opts);
  const shown = relative(process.cwd(), imported.dir) || '.';
  process.stdout.write(pick(lang, `已导入 ${submission} → ${shown}\n`, `imported ${submission} → ${shown}\n`));
  for (const l of imported.lines) process.stdout.write(`  ${l}\n`);
  if (imported.findings.length > 0) {
    process.stdout.write('\n' + formatPretty([{ path: submission, profile: null, findings: imported.findings, summary: summarize(imported.findings) }], lang, PLAIN));
  }
  process.stdout.write(pick(lang, `\n检查 ${shown}（zwpack validate ${shown}）：\n`, `\nvalidating ${shown} (zwpack validate ${shown}):\n`));
  const status = await runValidate([shown], { format: 'pretty', failOn: 'error', lang, ...(opts.asOf ? { asOf: opts.asOf } : {}) });
  return Math.max(status, imported.findings.some((f) => f.severity === 'error') ? 1 : 0);
}
