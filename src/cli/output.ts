import { resolve } from 'node:path';
import { writeFileAtomic } from '../fs/atomic.js';
import { fsReason } from '../fs/errors.js';
import type { Lang } from '../i18n/lang.js';
import { pick } from '../i18n/lang.js';
import { UsageError } from './errors.js';

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
