import { resolve } from 'node:path';
import { writeFileAtomic } from '../fs/atomic.js';

/** Print a report, or write it whole to --output. */
export function emit(text: string, output: string | undefined): void {
  if (output) writeFileAtomic(resolve(output), text);
  else process.stdout.write(text);
}
