import type { Lang } from '../i18n/lang.js';
import { pick } from '../i18n/lang.js';

const WIDTH = 30;

/**
 * A one-line progress bar on stderr, redrawn at most every 100 ms, for a person watching a
 * terminal; nothing at all in CI, in a pipe, or when the report itself is machine-read.
 */
export function progressBar(total: number, lang: Lang, enabled: boolean): { update(done: number): void; end(): void } {
  if (!enabled) return { update() {}, end() {} };
  let last = 0;
  const draw = (done: number): void => {
    const filled = Math.round((done / total) * WIDTH);
    const label = pick(lang, '检查中', 'validating');
    process.stderr.write(`\r${label} [${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)}] ${done}/${total}`);
  };
  return {
    update(done) {
      const now = Date.now();
      if (now - last < 100 && done < total) return;
      last = now;
      draw(done);
    },
    end() {
      process.stderr.write('\r\x1b[2K');
    },
  };
}

/** A progress bar helps only a person at a terminal. */
export function wantsProgress(format: string, count: number): boolean {
  const ci = process.env.CI !== undefined && !['', '0', 'false'].includes(process.env.CI.toLowerCase());
  return format === 'pretty' && count > 1 && process.stderr.isTTY === true && !ci;
}
