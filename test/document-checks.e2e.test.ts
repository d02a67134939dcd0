import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AS_OF, tempDir, zwpack } from './helpers.js';
import { fixturePackage } from './document-fixtures.js';

// One mistake in the 可研's text, seen in every format a finding goes out in.
describe('a document finding in every output', () => {
  const { dir } = fixturePackage('total-text', 'docx');
  const run = (format: string) => zwpack(['validate', dir, '--format', format, '--as-of', AS_OF]);

  it('pretty: the paragraph and heading path, both values, and the sentence under it', () => {
    const out = run('pretty').stdout;
    expect(out).toMatch(/¶\d+ 第八章 投资估算和资金来源 +错误 +「项目总投资」写作 13,245,600元，project\.yaml 的投资估算为 1234\.56 万元 +DOC-AMOUNT/);
    expect(out).toContain('「项目总投资13,245,600元，约0.12亿元，投资测算依据为本地区政务信息化项目建设投资测算有关标准和市场询价。」');
  });

  it('JSON and SARIF carry the quote and both values as evidence; JUnit quotes the sentence', () => {
    const json = JSON.parse(run('json').stdout) as { packages: { findings: { ruleId: string; evidence?: unknown }[] }[] };
    const f = json.packages[0]!.findings.find((x) => x.ruleId === 'DOC-AMOUNT')!;
    expect(f.evidence).toEqual({ quote: '项目总投资13,245,600元，约0.12亿元，投资测算依据为本地区政务信息化项目建设投资测算有关标准和市场询价。', stated: '13,245,600元', expected: '1234.56 万元（project.yaml 的投资估算）' });
    const sarif = JSON.parse(run('sarif').stdout) as { runs: { results: { ruleId: string; properties?: { evidence: unknown } }[] }[] };
    expect(sarif.runs[0]!.results.find((r) => r.ruleId === 'DOC-AMOUNT')!.properties!.evidence).toEqual(f.evidence);
    expect(run('junit').stdout).toContain('「项目总投资13,245,600元，约0.12亿元');
  });

  it('the HTML report shows the sentence and the two values side by side', () => {
    const out = join(tempDir(), 'r.html');
    zwpack(['report', dir, '--as-of', AS_OF, '--out', out]);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<blockquote class="quote">项目总投资13,245,600元，约0.12亿元');
    expect(html).toMatch(/<td class="stated">13,245,600元<\/td><td class="expected">1234\.56 万元（project\.yaml 的投资估算）<\/td>/);
  });

  it('in English too', () => {
    const out = zwpack(['validate', dir, '--lang', 'en', '--as-of', AS_OF]).stdout;
    expect(out).toContain('"项目总投资" is written as 13,245,600元; the estimate in project.yaml is 1234.56 万元');
  });
});
