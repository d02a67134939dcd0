import type { ValidateFunction } from 'ajv';

/**
 * A validator the build compiled ahead of time (scripts/precompile-schemas.mjs writes one
 * file per validator), loaded with the caller's `require` so the path is relative to it.
 * Undefined when running from source: the caller compiles on demand.
 */
export function aheadValidator(require: NodeJS.Require, dir: string, key: string): ValidateFunction | undefined {
  try {
    return (require(`./${dir}/${key}.cjs`) as Record<string, ValidateFunction>)[key];
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'MODULE_NOT_FOUND') return undefined;
    throw err;
  }
}
