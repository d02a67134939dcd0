import type { PackageResult } from '../findings.js';
import { groupByFile } from '../findings.js';

const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * JUnit XML for GitLab and Jenkins: a test suite per package, a test case per file,
 * failing with one <failure> line per error or warning; info findings stay out.
 */
export function formatJunit(results: readonly PackageResult[]): string {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const failures = results.reduce((n, r) => n + r.summary.error + r.summary.warning, 0);
  lines.push(`<testsuites name="zwpack" tests="${results.length}" failures="${failures}">`);
  for (const r of results) {
    const byFile = groupByFile(r.findings, (f) => f.severity !== 'info');
    const files = byFile.size > 0 ? [...byFile.keys()] : ['project.yaml'];
    lines.push(`  <testsuite name="${esc(r.path)}" tests="${files.length}" failures="${byFile.size}">`);
    for (const file of files) {
      const list = byFile.get(file) ?? [];
      lines.push(`    <testcase classname="${esc(r.path)}" name="${esc(file)}"${list.length === 0 ? ' />' : '>'}`);
      if (list.length === 0) continue;
      const text = list.map((f) => `${f.place ? `${file} ${f.place}` : f.cell ? `${file} ${f.cell}` : `${file}:${f.line}:${f.column}`} ${f.severity} ${f.ruleId} ${f.message}${f.source ? `（${f.source}）` : ''}`).join('\n');
      lines.push(`      <failure message="${esc(`${list.length} finding(s)`)}" type="zwpack">${esc(text)}</failure>`);
      lines.push('    </testcase>');
    }
    lines.push('  </testsuite>');
  }
  lines.push('</testsuites>');
  return lines.join('\n') + '\n';
}
