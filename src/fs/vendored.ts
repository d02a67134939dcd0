import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

/** dist/vendor/, where the build copies the parts of libraries zwpack ships instead of depending on them. */
const VENDOR = fileURLToPath(new URL('../vendor/', import.meta.url));

/**
 * Where a library part lives: the copy the build put in dist/vendor/ (`rel`) when this code runs from
 * dist/, so an installed zwpack need not depend on the library; else the same part of the installed package
 * (`pkg`, `inPkg`), when the sources run under the tests.
 */
export function vendored(rel: string, pkg: string, inPkg: string): string {
  const copy = join(VENDOR, rel);
  return existsSync(copy) ? copy : join(dirname(require.resolve(`${pkg}/package.json`)), inPkg);
}
