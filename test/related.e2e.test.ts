import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { tempDir, zwpack } from './helpers.js';
// @ts-expect-error: a plain script of the repository, shared with the benchmark
import { generate } from '../bench/generate.mjs';

// A reviewer's year at once: 1,000 generated packages, each a project of its own, with five of each
// relation planted — two departments building the same, one code for two projects, a paragraph naming
// another package's project. Exactly those are found, in both packages where a pair concerns both, and
// nothing among the 985 others.
vi.setConfig({ testTimeout: 300_000 });

type Pkg = { path: string; related?: { path: string; kind: string; similarity?: number }[]; findings: { ruleId: string; severity: string; file: string; message: string }[] };

describe('validate --recursive of 1,000 packages compares them with one another', () => {
  it('finds exactly the planted relations, naming the other package, with worker threads', () => {
    const out = join(tempDir(), 'year');
    const dirs = generate(1000, out, { duplicates: 5 }) as string[] & { planted: Record<'duplicate' | 'code' | 'copied', [string, string][]> };
    const json = join(tempDir(), 'year.json');
    const r = zwpack(['validate', '--recursive', out, '--format', 'json', '--jobs', '2', '--output', json]);
    expect(r.stderr).toBe('');
    const packages = (JSON.parse(readFileSync(json, 'utf8')) as { packages: Pkg[] }).packages;
    expect(packages).toHaveLength(1000);
    const name = (p: string): string => p.split('/').pop()!;
    const found = packages.flatMap((p) => (p.related ?? []).map((x) => `${name(p.path)} ${x.kind} ${name(x.path)}`)).sort();
    const { planted } = dirs;
    const expected = [
      ...planted.duplicate.flatMap(([a, b]) => [`${name(a)} duplicate ${name(b)}`, `${name(b)} duplicate ${name(a)}`]),
      ...planted.code.flatMap(([a, b]) => [`${name(a)} same-code ${name(b)}`, `${name(b)} same-code ${name(a)}`]),
      ...planted.copied.map(([a, b]) => `${name(a)} copied ${name(b)}`),
    ].sort();
    expect(found).toEqual(expected);
    // Each as a finding in the package concerned, naming the other.
    const [a, b] = planted.duplicate[0]!;
    const pa = packages.find((p) => name(p.path) === name(a))!;
    expect(pa.findings.find((f) => f.ruleId === 'CROSS-PACKAGE')).toMatchObject({ severity: 'warning', file: 'project.yaml', message: expect.stringMatching(new RegExp(`^重复建设风险，请核实与「[^」]+」（[^）]+）（[^）]*${name(b)}）的关系：建设内容和系统的相似度约 \\d+%；本包「`)) });
    const [e, f] = planted.copied[0]!;
    const pe = packages.find((p) => name(p.path) === name(e))!;
    expect(pe.findings.find((x) => x.ruleId === 'CROSS-PACKAGE')).toMatchObject({ severity: 'warning', file: expect.stringMatching(/^docs\//), message: expect.stringMatching(new RegExp(`这是另一软件包（[^）]*${name(f)}）的项目：疑似从该项目复制`)) });
    expect(packages.find((p) => name(p.path) === name(planted.code[0]![0]))!.findings.find((x) => x.ruleId === 'CROSS-PACKAGE')).toMatchObject({ severity: 'error', message: expect.stringContaining('一个代码只对应一个项目') });
  });

  it('the report lists the groups of related packages and links each package to its relatives', () => {
    const out = join(tempDir(), 'year');
    const dirs = generate(30, out, { duplicates: 2 }) as string[] & { planted: Record<'duplicate' | 'code' | 'copied', [string, string][]> };
    const html = join(tempDir(), 'r.html');
    zwpack(['report', '--recursive', out, '--out', html]);
    const page = readFileSync(html, 'utf8');
    expect(page).toContain('<section id="related"><h2>相关的软件包：6 组</h2>');
    const [a, b] = dirs.planted.duplicate[0]!;
    const index = (d: string): number => dirs.indexOf(d);
    expect(page).toMatch(new RegExp(`<li><b>重复建设风险</b>：<a href="#pkg-${index(a)}">[^<]+</a> <span class="path">[^<]*${a.split('/').pop()}</span>；<a href="#pkg-${index(b)}">`));
    expect(page).toContain(`<li class="rel-duplicate">重复建设风险 `);
    expect(page).toMatch(new RegExp(`<a href="#pkg-${index(b)}">[^<]*${b.split('/').pop()}</a></li></ul>`));
  });
});
