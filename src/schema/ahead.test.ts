import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aheadValidator, compileValidatorFile } from './ahead.js';

// A stand-in for a precompiled validator file: CommonJS exporting one function under its key.
const SOURCE = '"use strict";exports.v_test = function v_test(data) { v_test.errors = data.ok ? null : [{ message: "not ok" }]; return data.ok === true; };';

function folder(): { dir: string; file: string; require: NodeJS.Require } {
  const dir = mkdtempSync(join(tmpdir(), 'zwpack-ahead-'));
  mkdirSync(join(dir, 'validators'));
  const file = join(dir, 'validators', 'v_test.cjs');
  writeFileSync(file, SOURCE);
  return { dir, file, require: createRequire(join(dir, 'loader.js')) };
}

describe('precompiled validators and their code cache', () => {
  it('loads a validator with the cache the build made from the same text, and it validates', () => {
    const { file, require } = folder();
    const made = compileValidatorFile(file);
    made.exports.v_test!({ ok: true });
    const cache = made.script.createCachedData();
    writeFileSync(`${file}.v8cache`, cache);
    expect(compileValidatorFile(file, cache).script.cachedDataRejected).toBe(false);
    const v = aheadValidator(require, 'validators', 'v_test')!;
    // Asked again (every package of a many-package run asks), the same function: compiled once.
    expect(aheadValidator(require, 'validators', 'v_test')).toBe(v);
    expect(v({ ok: true })).toBe(true);
    expect(v({ ok: false })).toBe(false);
    expect(v.errors).toEqual([{ message: 'not ok' }]);
  });

  it('a cache made for other text (another build, another Node) is set aside and the validator still works', () => {
    const { file, require } = folder();
    writeFileSync(`${file}.v8cache`, Buffer.from('not a code cache'));
    expect(compileValidatorFile(file, Buffer.from('not a code cache')).script.cachedDataRejected).toBe(true);
    expect(aheadValidator(require, 'validators', 'v_test')!({ ok: true })).toBe(true);
  });

  it('without a cache the file is required as usual; without the file there is no validator (run from source)', () => {
    const { require } = folder();
    expect(aheadValidator(require, 'validators', 'v_test')!({ ok: true })).toBe(true);
    expect(aheadValidator(require, 'validators', 'nothing_here')).toBeUndefined();
  });
});
