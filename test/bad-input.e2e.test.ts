import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, copyExample, EXAMPLES, ROOT, tempDir, validateJson, zwpack } from './helpers.js';

// Each case here is a row of docs/bad-input.md.

/** No stack trace ever reaches the user. */
function noStack(text: string): void {
  expect(text).not.toMatch(/\n\s+at .+:\d+:\d+\)?/);
}

describe('bad input is answered, never crashes', () => {
  it('a 50 MB project.yaml: a size limit with a clear message', () => {
    const dir = copyExample('national');
    writeFileSync(join(dir, 'project.yaml'), Buffer.alloc(50 * 1024 * 1024, 0x20));
    const r = validateJson(dir);
    expect(r.status).toBe(1);
    expect(r.findings[0]).toMatchObject({ ruleId: 'yaml', file: 'project.yaml', line: 1, column: 1 });
    expect(r.findings[0]!.message).toContain('文件过大');
  });

  it('deep nesting is a finding, not a stack overflow', () => {
    const dir = copyExample('national');
    writeFileSync(join(dir, 'project.yaml'), `profile: national\nx: ${'['.repeat(20000)}${']'.repeat(20000)}\n`);
    const r = zwpack(['validate', dir, '--format', 'json']);
    expect([1]).toContain(r.status);
    noStack(r.stderr);
  });

  it('a table whose file name is not UTF-8 is named as such', () => {
    const dir = copyExample('national');
    const gbkName = Buffer.concat([Buffer.from(join(dir, 'tables') + '/'), Buffer.from([0xb1, 0xed]), Buffer.from('.yaml')]);
    writeFileSync(gbkName, 'table: funding-sources\nrows: []\n');
    const r = validateJson(dir);
    expect(r.status).toBe(1);
    expect(r.findings).toEqual([expect.objectContaining({ ruleId: 'package', message: expect.stringContaining('不是 UTF-8') })]);
  });

  it('a table that is a link out of the package is not read', () => {
    const dir = copyExample('national');
    const outside = join(tempDir(), 'secret.yaml');
    writeFileSync(outside, 'table: funding-sources\nrows: []\n');
    symlinkSync(outside, join(dir, 'tables', '外部.yaml'));
    const r = validateJson(dir);
    expect(r.findings).toEqual([expect.objectContaining({ ruleId: 'package', file: 'tables/外部.yaml', message: expect.stringContaining('之外') })]);
  });

  it('a document that is a link out of the package is an error', () => {
    const dir = copyExample('jilin');
    const outside = join(tempDir(), '项目建议书.md');
    writeFileSync(outside, '# x\n');
    const doc = join(dir, 'docs', '项目建议书.md');
    rmSync(doc);
    symlinkSync(outside, doc);
    const r = validateJson(dir);
    expect(r.findings).toEqual([expect.objectContaining({ ruleId: 'package', message: expect.stringContaining('之外') })]);
  });

  it('an empty folder is not a package: exit 2 and one line', () => {
    const r = zwpack(['validate', tempDir()]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('project.yaml');
  });

  it('an unreadable project.yaml is a finding', () => {
    const dir = copyExample('national');
    const f = join(dir, 'project.yaml');
    rmSync(f);
    mkdirSync(f); // a folder where the file should be
    const r = zwpack(['validate', dir, '--format', 'json']);
    expect(r.status).toBe(1);
    noStack(r.stderr);
    expect(r.stdout).toContain('EISDIR');
  });

  it('--output into a place that cannot be written: exit 2, one line, nothing half-written', () => {
    const blocker = join(tempDir(), 'file');
    writeFileSync(blocker, 'x');
    const r = zwpack(['validate', EXAMPLES.jinhu, '--output', join(blocker, 'report.json')]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/ENOTDIR|EEXIST/);
    expect(existsSync(join(blocker, 'report.json'))).toBe(false);
  });

  it('init into a place that cannot be written: exit 2 and one line', () => {
    const blocker = join(tempDir(), 'file');
    writeFileSync(blocker, 'x');
    const r = zwpack(['init', join(blocker, 'pkg'), '--yes']);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    noStack(r.stderr);
  });

  it('a CRLF, BOM-prefixed project.yaml validates like the original', () => {
    const dir = copyExample('gulou');
    const f = join(dir, 'project.yaml');
    writeFileSync(f, '\uFEFF' + readFileSync(f, 'utf8').replace(/\n/g, '\r\n'));
    expect(validateJson(dir).findings).toEqual([]);
  });

  it('an impossible --as-of date: exit 2 and one line', () => {
    const dir = copyExample('national');
    const r = zwpack(['validate', dir, '--as-of', '2026-02-30']);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('interrupting init never leaves a truncated file', () => {
  it('killed at random moments, every file present is whole', async () => {
    const reference = join(tempDir(), 'ref');
    expect(zwpack(['init', reference, '--from', join(ROOT, EXAMPLES.jilin, 'project.yaml')]).status).toBe(0);
    for (let i = 0; i < 12; i++) {
      const target = join(tempDir(), 'pkg');
      await new Promise<void>((done) => {
        const child = spawn(process.execPath, [BIN, 'init', target, '--from', join(ROOT, EXAMPLES.jilin, 'project.yaml')], { stdio: 'ignore' });
        setTimeout(() => child.kill('SIGINT'), 40 + i * 15);
        child.on('exit', () => done());
      });
      if (!existsSync(target)) continue;
      const walk = (d: string): string[] => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]));
      for (const f of walk(target)) {
        expect(f).not.toMatch(/\.tmp-\d+/);
        const rel = f.slice(target.length);
        const want = readFileSync(join(reference, rel), 'utf8').replace(reference, target);
        expect(readFileSync(f, 'utf8').length, rel).toBe(want.length);
      }
    }
  });
});
