import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { writeFileAtomic } from '../fs/atomic.js';
import { fsReason } from '../fs/errors.js';
import { isWithin } from '../fs/real-path.js';
import type { Lang } from '../i18n/lang.js';
import { pick } from '../i18n/lang.js';
import { UsageError } from './errors.js';

/** Colour on a terminal, unless NO_COLOR or --no-color says not; FORCE_COLOR asks for it anywhere (https://no-color.org). */
export function useColor(): boolean {
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return false;
  const force = process.env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  return process.stdout.isTTY === true;
}

/**
 * An output option (`--output`, `--out`, `--ics`) may not name a file of a package being read
 * (`--output pkg/project.yaml` would replace the facts with the report), however the path reaches it:
 * through a symlinked folder, a link to the file, or another mount of the same folder. Not even with
 * --force, which is for files of no package. Checked before any work, so nothing is lost.
 */
export function guardOutput(output: string | undefined, packages: readonly string[], lang: Lang, option = '--output'): void {
  if (!output) return;
  if (!existsSync(output) || isZwpackReport(output)) return;
  const dir = packages.find((p) => isWithin(output, p));
  if (dir) {
    const shown = relative(process.cwd(), resolve(dir)) || '.';
    const what = option === '--ics' ? ['日历文件', 'a calendar'] : ['报告', 'a report'];
    throw new UsageError(pick(lang, `${option} ${output} 是软件包 ${shown} 中已有的文件，不能用${what[0]}覆盖它；请换一个文件名`, `${option} ${output} is a file of the package ${shown}; ${what[1]} may not replace it: choose another name`));
  }
}

/** An HTML report zwpack wrote (out/report.html) may be written again, inside a package or not. */
export function isZwpackReport(path: string): boolean {
  try {
    const fd = openSync(path, 'r');
    try {
      const head = Buffer.alloc(600);
      const n = readSync(fd, head, 0, head.length, 0);
      return head.subarray(0, n).toString('utf8').includes('<meta name="generator" content="zwpack">');
    } finally {
      closeSync(fd);
    }
  } catch {
    return false;
  }
}

/** Print a report, or write it whole to --output; a file that cannot be written is one clear line. */
export function emit(text: string, output: string | undefined, lang: Lang): void {
  if (!output) {
    process.stdout.write(text);
    return;
  }
  try {
    writeFileAtomic(resolve(output), text);
  } catch (err) {
    const reason = fsReason(err, lang);
    if (!reason) throw err;
    throw new UsageError(pick(lang, `无法写入 ${output}：${reason}`, `cannot write ${output}: ${reason}`));
  }
}
