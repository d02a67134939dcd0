import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// Each command file is loaded with the V8 code cache the build made by running it: a cache V8
// refuses (made from another text or by another Node) would cost every run its compile again.
const BUNDLE = resolve(import.meta.dirname, '../dist/bundle');

describe('command code caches', () => {
  it('every command file has a cache that this Node accepts', () => {
    const commands = readdirSync(BUNDLE).filter((f) => f.endsWith('.cjs'));
    expect(commands).toContain('cmd-validate.cjs');
    // In a plain node process, as a user's run is (the test runner's own flags would change V8's verdict).
    const check = `
      const { readFileSync } = require('node:fs');
      const { Script } = require('node:vm');
      const out = {};
      for (const f of ${JSON.stringify(commands)}) {
        const file = ${JSON.stringify(BUNDLE)} + '/' + f;
        const s = new Script('(function (exports, require, module, __filename, __dirname, __zwImport) {' + readFileSync(file, 'utf8') + '\\n})', { filename: file, cachedData: readFileSync(file + '.v8cache') });
        out[f] = s.cachedDataRejected;
      }
      console.log(JSON.stringify(out));`;
    const r = spawnSync(process.execPath, ['-e', check], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual(Object.fromEntries(commands.map((c) => [c, false])));
  });

  it('a command file reads a PDF through the import() its loader hands it (no vm import(), which needs a flag)', () => {
    const from = resolve(import.meta.dirname, 'fixtures/submissions/consistent');
    const pdf = readdirSync(from).find((f) => f.endsWith('可行性研究报告（送审稿）.pdf'))!;
    const sub = mkdtempSync(join(tmpdir(), 'zwpack-cache-'));
    cpSync(join(from, pdf), join(sub, 'in', pdf), { recursive: true });
    const r = spawnSync(process.execPath, [resolve(import.meta.dirname, '../bin/zwpack.js'), 'import', join(sub, 'in')], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain(`${pdf} → docs/${pdf}（可行性研究报告）`);
    expect(r.stdout).not.toContain('无法读取');
  });
});
