import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AS_OF, BIN, copyExample, EXAMPLES, ROOT, tempDir, validateJson, zwpack } from './helpers.js';

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

  it('a mapping used as a key is a finding at its place, and the YAML library prints nothing of its own', () => {
    const dir = copyExample('jinhu');
    writeFileSync(join(dir, 'tables', '项目资金来源表.yaml'), readFileSync(join(dir, 'tables', '项目资金来源表.yaml'), 'utf8') + '? {category: 服务}\n: 1\n');
    const r = zwpack(['validate', dir, '--as-of', AS_OF]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/项目资金来源表\.yaml\n\s+\d+:1\s+错误\s+未知的键「\{ category: 服务 \}」/);
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
    const outside = join(tempDir(), '项目建议书.docx');
    writeFileSync(outside, 'PK');
    const doc = join(dir, 'docs', '项目建议书.docx');
    rmSync(doc);
    symlinkSync(outside, doc);
    const r = validateJson(dir);
    expect(r.findings).toEqual([expect.objectContaining({ ruleId: 'package', message: expect.stringContaining('之外') })]);
  });

  describe('a DOCX that is not what it claims: a finding on the document, exit 1, no stack', () => {
    const ole = (stream: string): Buffer => {
      const b = Buffer.alloc(2048);
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(b);
      Buffer.from(stream, 'utf16le').copy(b, 1024);
      return b;
    };
    const bomb = (): Buffer => {
      // A real DOCX whose central directory claims word/document.xml inflates to 300 MB.
      const buf = Buffer.from(readFileSync(join(ROOT, EXAMPLES.jilin, 'docs', '项目建议书.docx')));
      const name = Buffer.from('word/document.xml');
      const sig = Buffer.from([0x50, 0x4b, 0x01, 0x02]);
      for (let i = buf.indexOf(sig); i >= 0; i = buf.indexOf(sig, i + 4)) {
        if (buf.subarray(i + 46, i + 46 + name.length).equals(name)) buf.writeUInt32LE(300 * 1024 * 1024, i + 24);
      }
      return buf;
    };
    const cases: [string, () => Buffer | null, string][] = [
      ['a text file renamed .docx', () => Buffer.from('# 项目建议书\n'), '不是 DOCX 文件'],
      ['a .doc or .wps renamed .docx', () => ole('WordDocument'), '旧版 Word（.doc）或 WPS（.wps）'],
      ['a password-protected document', () => ole('EncryptionInfo'), '文档已加密'],
      ['a zip without word/document.xml', () => Buffer.from(zipSync({ 'word/styles.xml': strToU8('<w:styles/>') })), '没有 word/document.xml'],
      ['a zip bomb', bomb, '压缩炸弹'],
      ['a 60 MB file', () => null, '文件过大'],
    ];
    for (const [what, bytes, says] of cases) {
      it(what, () => {
        const dir = copyExample('jilin');
        const doc = join(dir, 'docs', '项目建议书.docx');
        const b = bytes();
        if (b) writeFileSync(doc, b);
        else truncateSync(doc, 60 * 1024 * 1024); // sparse: cheap to make
        const r = validateJson(dir);
        expect(r.status).toBe(1);
        noStack(r.stderr);
        expect(r.findings).toEqual([expect.objectContaining({ ruleId: 'document', file: 'docs/项目建议书.docx', severity: 'error', message: expect.stringContaining(says) })]);
      });
    }
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
    expect(r.stdout).toContain('这是目录，不是文件');
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

describe('render never leaves a truncated file', () => {
  const walk = (d: string): string[] => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]));
  const renderArgs = (out: string): string[] => [BIN, 'render', join(ROOT, EXAMPLES.jinhu), '--all', '--out', out, '--as-of', AS_OF];

  it('killed at random moments, the previous output stays whole and no temp file is left', async () => {
    const reference = join(tempDir(), 'ref');
    expect(zwpack(renderArgs(reference).slice(1)).status).toBe(0);
    const out = join(tempDir(), 'out');
    expect(zwpack(renderArgs(out).slice(1)).status).toBe(0);
    for (let i = 0; i < 12; i++) {
      await new Promise<void>((done) => {
        const child = spawn(process.execPath, renderArgs(out), { stdio: 'ignore' });
        setTimeout(() => child.kill('SIGINT'), 60 + i * 40);
        child.on('exit', () => done());
      });
      const files = walk(out);
      for (const f of files) expect(f).not.toMatch(/\.tmp-\d+/);
      // Rendering is deterministic: every file is the reference's, byte for byte.
      for (const f of files) expect(readFileSync(f).equals(readFileSync(join(reference, f.slice(out.length)))), f).toBe(true);
      expect(files).toHaveLength(10);
    }
  }, 60_000);

  it('two renders into the same folder at once both finish, and every file is whole', async () => {
    const reference = join(tempDir(), 'ref');
    expect(zwpack(renderArgs(reference).slice(1)).status).toBe(0);
    const out = join(tempDir(), 'out');
    const run = () => new Promise<number | null>((done) => spawn(process.execPath, renderArgs(out), { stdio: 'ignore' }).on('exit', (code) => done(code)));
    expect(await Promise.all([run(), run()])).toEqual([0, 0]);
    const files = walk(out);
    expect(files).toHaveLength(10);
    for (const f of files) expect(readFileSync(f).equals(readFileSync(join(reference, f.slice(out.length)))), f).toBe(true);
  }, 30_000);

  it('a --font that is not a font file: one line naming it, exit 2, nothing written', () => {
    const out = join(tempDir(), 'out');
    const r = zwpack(['render', join(ROOT, EXAMPLES.jinhu), '--all', '--to', 'pdf', '--out', out, '--font', join(ROOT, 'package.json')]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('package.json');
    expect(existsSync(out) ? walk(out) : []).toEqual([]);
  });

  it('a WOFF2 web font as --font: one line saying to use TTF/OTF/TTC, exit 2, nothing written', () => {
    const dir = tempDir();
    const woff2 = join(dir, 'web.woff2');
    writeFileSync(woff2, Buffer.concat([Buffer.from('wOF2'), Buffer.alloc(60)]));
    const out = join(dir, 'out');
    const r = zwpack(['render', join(ROOT, EXAMPLES.jinhu), '--all', '--to', 'pdf', '--out', out, '--font', woff2]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('不支持 WOFF2 网页字体');
    expect(r.stderr).toContain('web.woff2');
    expect(existsSync(out)).toBe(false);
  });

  // A full disk, made real: a 64 KiB tmpfs holds a form or two, not all ten files. Needs root (CI is).
  const canMount = process.getuid?.() === 0 && spawnSync('mount', ['--version']).status === 0;
  it.skipIf(!canMount)('a full output folder (ENOSPC): one line, exit 2, and every file left is whole', () => {
    const reference = join(tempDir(), 'ref');
    expect(zwpack(renderArgs(reference).slice(1)).status).toBe(0);
    const tiny = tempDir();
    expect(spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', tiny]).status).toBe(0);
    try {
      const r = zwpack(renderArgs(join(tiny, 'out')).slice(1));
      expect(r.status).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain('磁盘空间不足');
      const files = walk(join(tiny, 'out'));
      for (const f of files) expect(f).not.toMatch(/\.tmp-\d+/);
      for (const f of files) expect(readFileSync(f).equals(readFileSync(join(reference, f.slice(join(tiny, 'out').length)))), f).toBe(true);
    } finally {
      spawnSync('umount', [tiny]);
    }
  });
});
