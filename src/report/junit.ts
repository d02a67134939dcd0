import type { PackageResult } from '../findings.js';
import { groupByFile } from '../findings.js';
import { xmlText } from './safe-text.js';

const esc = xmlText;

/**
 * JUnit XML for GitLab and Jenkins: a test suite per package, a test case per file,
 * failing with one <failure> line per error or warning; info findings stay out.
 */
export function formatJunit(results: readonly PackageResult[]): string {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>'];
  // The totals are the sums of the suites: a test case per file, failing when the file has findings.
  const suites = results.map((r) => {
    const byFile = groupByFile(r.findings, (f) => f.severity !== 'info');
    return { r, byFile, files: byFile.size > 0 ? [...byFile.keys()] : ['project.yaml'] };
  });
  const tests = suites.reduce((n, s) => n + s.files.length, 0);
  const failures = suites.reduce((n, s) => n + s.byFile.size, 0);
  lines.push(`<testsuites name="zwpack" tests="${tests}" failures="${failures}">`);
  for (const { r, byFile, files } of suites) {
    lines.push(`  <testsuite name="${esc(r.path)}" tests="${files.length}" failures="${byFile.size}">`);
    for (const file of files) {
      const list = byFile.get(file) ?? [];
      lines.push(`    <testcase classname="${esc(r.path)}" name="${esc(file)}"${list.length === 0 ? ' />' : '>'}`);
      if (list.length === 0) continue;
      const text = list.map((f) => `${f.place ? `${file} ${f.place}` : f.cell ? `${file} ${f.cell}` : `${file}:${f.line}:${f.column}`} ${f.severity} ${f.ruleId} ${f.message}${f.source ? `（${f.source}）` : ''}${f.evidence ? `\n  「${f.evidence.quote}」` : ''}`).join('\n');
      lines.push(`      <failure message="${esc(`${list.length} finding(s)`)}" type="zwpack">${esc(text)}</failure>`);
      lines.push('    </testcase>');
    }
    lines.push('  </testsuite>');
  }
  lines.push('</testsuites>');
  return lines.join('\n') + '\n';
}
