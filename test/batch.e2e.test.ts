import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { failedPackage, LISTED_PER_RULE_AND_FILE } from '../src/pipeline.js';
import { EXAMPLES, ROOT, tempDir, zwpack } from './helpers.js';
import type { JsonFinding } from './helpers.js';

vi.setConfig({ testTimeout: 120_000 });

// One package never stops a batch: a 4.8 MB 信息资源目录 of 40,000 rows with five mistakes each
// (under the 5 MB limit) is 200,000 findings, once ended in "Maximum call stack size exceeded".
const root = tempDir();
for (const [name, example] of [['good1', EXAMPLES.jilin], ['good2', EXAMPLES.gulou], ['bad', EXAMPLES.jilin]] as const) cpSync(join(ROOT, example), join(root, name), { recursive: true });
const table = join(root, 'bad', 'tables', '信息资源目录.yaml');
const head = readFileSync(table, 'utf8').split('rows:')[0]!;
const rows = Array.from({ length: 40_000 }, (_, i) => `  - name: 资源${i}\n    provider: 1\n    source: 无\n    format: 无\n    updateCycle: x\n    shareType: y\n    openType: z\n`);
writeFileSync(table, `${head}rows:\n${rows.join('')}`);

type Pkg = { path: string; findings: JsonFinding[]; summary: { error: number } };

describe('a batch with a package of 200,000 findings', () => {
  it('validate --recursive and --jobs 2 report every package; the big one lists 100 per rule and file and counts the rest', () => {
    for (const extra of [[], ['--jobs', '2']]) {
      const r = zwpack(['validate', '--recursive', root, '--format', 'json', ...extra]);
      expect(r.stderr).not.toMatch(/内部错误|call stack/);
      expect(r.status).toBe(1);
      const pkgs = (JSON.parse(r.stdout) as { packages: Pkg[] }).packages;
      expect(pkgs.map((p) => [p.path.split('/').at(-1), p.summary.error])).toEqual([['bad', 200_000], ['good1', 0], ['good2', 0]]);
      // good1 and bad are copies of one example: two versions of one project, said once in each (an info).
      expect(pkgs[0]!.findings.filter((f) => f.ruleId === 'CROSS-PACKAGE').map((f) => [f.severity, f.message.split(' ')[0]!.split('/').at(-1)])).toEqual([['info', 'good1']]);
      const bad = pkgs[0]!.findings.filter((f) => f.ruleId !== 'CROSS-PACKAGE');
      expect(bad).toHaveLength(LISTED_PER_RULE_AND_FILE + 1);
      expect(bad.at(-1)!.message).toBe('另有 199900 条 schema 的同类问题未列出（tables/信息资源目录.yaml 中共 200000 条，自此处起）');
    }
  });

  it('report --recursive draws every package', () => {
    const out = join(tempDir(), 'report.html');
    const r = zwpack(['report', '--recursive', root, '--out', out]);
    expect(r.status).toBe(1);
    const html = readFileSync(out, 'utf8');
    for (const name of ['good1', 'good2', 'bad']) expect(html).toContain(name);
  });
});

describe('a package whose check fails on its own', () => {
  it('is one package finding in its own result, marked crashed', () => {
    const v = failedPackage(join(root, 'bad'), new RangeError('Maximum call stack size exceeded'), 'zh');
    expect(v.crashed).toBe(true);
    expect(v.result.findings.map((f) => [f.ruleId, f.severity, f.message])).toEqual([['package', 'error', '此软件包未能检查完：内部错误（Maximum call stack size exceeded）；其他软件包不受影响，请报告此问题']]);
    expect(v.result.summary.error).toBe(1);
  });
});
