import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script of the benchmarks, without types
import { generate } from '../bench/generate.mjs';
import { packagedCalendar } from '../src/calendar/workdays.js';
import { validatePackage } from '../src/pipeline.js';
import { PARALLEL_FROM } from '../src/validate/many.js';
import stringWidth from 'string-width';
import { AS_OF, ROOT, tempDir, zwpack } from './helpers.js';

interface Json { packages: { path: string; profile: string; findings: { ruleId: string; severity: string }[] }[] }

/** Generated packages in a fresh folder; paths are relative to `root`, which the CLI runs in. */
function replace(file: string, from: RegExp, to: string): void {
  const text = readFileSync(file, 'utf8');
  if (!from.test(text)) throw new Error(`${file} does not match ${from}`);
  writeFileSync(file, text.replace(from, to));
}

function packages(n: number): { root: string; dirs: string[] } {
  const root = tempDir();
  const dirs = (generate(n, join(root, 'pkgs')) as string[]).map((d) => relative(root, d));
  return { root, dirs };
}

describe('validate of many packages', () => {
  // Fewer than PARALLEL_FROM, so by default in this thread; `--jobs 2` asks for worker threads.
  const n = 18;
  const { root, dirs } = packages(n);

  it('the generated packages are valid, and come back in the order given', () => {
    const shuffled = [...dirs].reverse();
    const r = zwpack(['validate', ...shuffled, '--format', 'json', '--as-of', AS_OF, '--jobs', '2'], root);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as Json;
    expect(out.packages.map((p) => p.path)).toEqual(shuffled);
    expect(new Set(out.packages.map((p) => p.profile)).size).toBe(6);
    expect(out.packages.flatMap((p) => p.findings.filter((f) => f.severity === 'error'))).toEqual([]);
  });

  it('the compiled validateMany hands packages to worker threads when asked, and by default only from PARALLEL_FROM on', async () => {
    // The compiled module, beside its compiled worker (from source, there is no worker script to start).
    const { validateMany } = (await import(join(ROOT, 'dist/validate/many.js'))) as typeof import('../src/validate/many.js');
    const cwd = process.cwd();
    process.chdir(root);
    try {
      let done = 0;
      const many = await validateMany(dirs, { lang: 'zh', asOf: AS_OF }, (k) => (done = k), 2);
      expect(many.threads).toBe(2);
      expect(done).toBe(n);
      expect((await validateMany(dirs, { lang: 'zh', asOf: AS_OF })).threads).toBe(0); // 18 < PARALLEL_FROM
      expect(PARALLEL_FROM).toBeGreaterThan(n);
      const run = { lang: 'zh' as const, asOf: AS_OF, calendar: packagedCalendar() };
      expect(many.outcomes).toEqual(dirs.map((d) => JSON.parse(JSON.stringify({ validated: validatePackage(d, run) }))));
    } finally {
      process.chdir(cwd);
    }
  });

  it('worker threads find exactly what validating each package in this process finds', () => {
    const broken = join(root, dirs[3]!, 'project.yaml');
    replace(broken, /^name: .*$/m, 'name: 12');
    replace(join(root, dirs[7]!, 'tables', '项目资金来源表.yaml'), /^total: .*$/m, 'total: 1');
    const r = zwpack(['validate', ...dirs, '--format', 'json', '--as-of', AS_OF, '--jobs', '2'], root);
    expect(r.status).toBe(1);
    const parallel = (JSON.parse(r.stdout) as Json).packages;
    const cwd = process.cwd();
    process.chdir(root);
    try {
      const run = { lang: 'zh' as const, asOf: AS_OF, calendar: packagedCalendar() };
      const here = dirs.map((d) => {
        const v = validatePackage(d, run);
        return v.timeline ? { ...v.result, timeline: v.timeline } : v.result;
      });
      expect(parallel).toEqual(JSON.parse(JSON.stringify(here)));
    } finally {
      process.chdir(cwd);
    }
    expect(parallel[3]!.findings.some((f) => f.severity === 'error')).toBe(true);
    expect(parallel[7]!.findings.some((f) => f.severity === 'error')).toBe(true);
  });

  it('ends with a summary table: a row per package with its errors, warnings and top rule, and a total', () => {
    const r = zwpack(['validate', '--recursive', 'pkgs', '--as-of', AS_OF, '--jobs', '2'], root);
    expect(r.status).toBe(1);
    const table = r.stdout.slice(r.stdout.lastIndexOf('软件包'));
    const lines = table.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^软件包\s+办法\s+错误\s+警告\s+主要规则$/);
    expect(lines).toHaveLength(n + 4); // head, rule, n rows, rule, total
    const row = (d: string): string => lines.find((l) => l.startsWith(`${d} `))!;
    expect(row(dirs[3]!)).toMatch(/\s[1-9]\d*\s+\d+\s+schema/);
    expect(row(dirs[0]!)).toMatch(/\s0\s+0$/);
    expect(lines.at(-1)).toMatch(new RegExp(`^合计 ${n} 个（${n - 2} 个无错误）`));
    // Columns line up on screen (a Chinese character is two columns wide): each row's error count
    // ends where the heading 错误 ends.
    const end = stringWidth(lines[0]!.slice(0, lines[0]!.indexOf('错误') + 2));
    for (const l of [...lines.slice(2, -2), lines.at(-1)!]) expect(stringWidth(l.match(/^.*?\s\d+(?=\s+\d+)/)![0])).toBe(end);
    // No progress bar without a terminal.
    expect(r.stderr).toBe('');
  });

  it('a folder that cannot be read is named, listed as unreadable, and makes exit 2; the rest are still checked', () => {
    const empty = join(root, 'empty');
    mkdirSync(empty);
    writeFileSync(join(empty, 'note.txt'), 'x');
    const r = zwpack(['validate', ...dirs.slice(0, 12), 'empty', '--as-of', AS_OF, '--jobs', '2'], root);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('empty');
    expect(r.stdout).toMatch(/^empty\s+—\s+—\s+—\s+无法读取$/m);
    expect(r.stdout).toContain('合计 13 个');
  });

  it('--jobs takes a whole number from 1 up: anything else is one line and exit 2', () => {
    for (const bad of ['0', 'two', '1.5']) {
      const r = zwpack(['validate', dirs[0]!, '--jobs', bad], root);
      expect(r.status).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain('--jobs');
    }
    const one = zwpack(['validate', ...dirs.slice(0, 3), '--format', 'json', '--as-of', AS_OF, '--jobs', '1'], root);
    expect(one.status).toBe(0);
    expect((JSON.parse(one.stdout) as Json).packages.map((p) => p.path)).toEqual(dirs.slice(0, 3));
  });
});

// Permissions do not stop root: the walk runs as `nobody` (needs root to switch user; CI is root).
// Run as `nobody`, which needs root to switch to, and a checkout `nobody` may read (a clone inside a
// 0700 temp folder is not).
const asNobody =
  process.getuid?.() === 0 &&
  spawnSync(process.execPath, ['-e', `require('node:fs').accessSync(${JSON.stringify(join(ROOT, 'dist', 'bundle', 'main.js'))})`], { uid: 65534, gid: 65534 }).status === 0;
describe.skipIf(!asNobody)('--recursive over a folder it may not read (as nobody: needs root and a readable checkout)', () => {
  it('names the folder on stderr and in the summary, checks every other package, and exits 2', () => {
    const root = tempDir();
    chmodSync(root, 0o755);
    generate(3, join(root, 'pkgs'));
    mkdirSync(join(root, 'pkgs', 'secret'));
    chmodSync(join(root, 'pkgs', 'secret'), 0o000);
    const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'zwpack.js'), 'validate', '--recursive', 'pkgs', '--as-of', AS_OF], { cwd: root, encoding: 'utf8', uid: 65534, gid: 65534, env: { ...process.env, FORCE_COLOR: '0' } });
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe('zwpack: 无法列出目录 pkgs/secret：没有权限（EACCES）');
    expect(r.stdout).toMatch(/^pkgs\/secret\s+—\s+—\s+—\s+无法读取$/m);
    for (const p of ['pkgs/pkg-1', 'pkgs/pkg-2', 'pkgs/pkg-3']) expect(r.stdout).toMatch(new RegExp(`^${p}\\s+\\w+\\s+0\\s+0`, 'm'));
    expect(r.stdout).toContain('合计 4 个（3 个无错误）');
  });
});
