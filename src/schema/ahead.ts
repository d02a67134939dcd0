import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Script } from 'node:vm';
import type { ValidateFunction } from 'ajv';

/**
 * Compile a precompiled validator file as CommonJS, optionally with V8's code cache for it. The
 * build makes the cache (scripts/code-cache.mjs) from this same wrapper: V8 takes a cache only for
 * the very text it was made from, and silently compiles afresh when it does not match.
 */
export function compileValidatorFile(file: string, cachedData?: Buffer): { script: Script; exports: Record<string, ValidateFunction> } {
  const source = readFileSync(file, 'utf8');
  const script = new Script(`(function (exports, require, module) {${source}\n})`, { filename: file, ...(cachedData ? { cachedData } : {}) });
  const module = { exports: {} as Record<string, ValidateFunction> };
  (script.runInThisContext() as (e: unknown, r: NodeJS.Require, m: unknown) => void)(module.exports, createRequire(file), module);
  return { script, exports: module.exports };
}

/** Each file is compiled once per process (a many-package run asks for the same validators again and again). */
const loaded = new Map<string, ValidateFunction>();

/**
 * A validator the build compiled ahead of time (scripts/precompile-schemas.mjs writes one
 * file per validator), found with the caller's `require` so the path is relative to it, and
 * loaded with its code cache when the build made one (a large validator then starts in half the time).
 * Undefined when running from source: the caller compiles on demand.
 */
export function aheadValidator(require: NodeJS.Require, dir: string, key: string): ValidateFunction | undefined {
  let file: string;
  try {
    file = require.resolve(`./${dir}/${key}.cjs`);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'MODULE_NOT_FOUND') return undefined;
    throw err;
  }
  let v = loaded.get(file);
  if (!v) {
    const cache = `${file}.v8cache`;
    v = existsSync(cache) ? compileValidatorFile(file, readFileSync(cache)).exports[key] : (require(file) as Record<string, ValidateFunction>)[key];
    if (v) loaded.set(file, v);
  }
  return v;
}
