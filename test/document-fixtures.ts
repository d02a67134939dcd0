import { readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { packagedCalendar } from '../src/calendar/workdays.js';
import { readDocument } from '../src/document/read.js';
import type { Finding } from '../src/findings.js';
import { validatePackage } from '../src/pipeline.js';
import { AS_OF, copyExample, edit, ROOT } from './helpers.js';
// @ts-expect-error: a plain script of the repository, shared with the fixture maker
import { LONG_NAME, VARIANTS } from '../scripts/doc-fixtures.mjs';

export type Variant = keyof typeof VARIANTS | 'consistent';
export const FORMATS = ['docx', 'md'] as const;

const OLD_NAME = '吉林省不动产登记信息共享服务平台建设项目';

/**
 * The 吉林 example with the fixtures' facts — a 46-character name and a 估算 of 1,234.56 万元 — and
 * the 可研 of test/fixtures/{docx,md}/ky-<variant>: the other documents say the same as the facts.
 */
export function fixturePackage(variant: Variant, format: (typeof FORMATS)[number], edits: { file?: string; from: string; to: string }[] = []): { dir: string; findings: Finding[] } {
  const dir = copyExample('jilin');
  edit(join(dir, 'project.yaml'), `name: ${OLD_NAME}`, `name: ${LONG_NAME}`);
  edit(join(dir, 'project.yaml'), 'estimate: 842.6', 'estimate: 1234.56');
  const proposal = join(dir, 'docs', '项目建议书.docx');
  for (const [from, to] of [[OLD_NAME, LONG_NAME], ['842.60万元', '1,234.56万元'], ['642.60万元', '1,034.56万元'], ['442.60万元', '834.56万元']]) edit(proposal, from!, to!, true);
  edit(join(dir, 'docs', '初步设计方案和投资概算.docx'), OLD_NAME, LONG_NAME, true);
  const ky = join(dir, 'docs', '可行性研究报告.docx');
  if (format === 'docx') copyFileSync(join(ROOT, 'test', 'fixtures', 'docx', `ky-${variant}.docx`), ky);
  else {
    rmSync(ky);
    writeFileSync(join(dir, 'docs', '可行性研究报告.md'), readFileSync(join(ROOT, 'test', 'fixtures', 'md', `ky-${variant}.md`)));
    edit(join(dir, 'project.yaml'), 'feasibility: docs/可行性研究报告.docx', 'feasibility: docs/可行性研究报告.md');
  }
  for (const e of edits) edit(join(dir, e.file ?? 'project.yaml'), e.from, e.to);
  const { result } = validatePackage(dir, { lang: 'zh', asOf: AS_OF, calendar: packagedCalendar() });
  return { dir, findings: result.findings };
}

/** The paragraphs (or lines) of the 可研 where `needle` stands: in its text, or anywhere in a table row. */
function placesOf(dir: string, format: (typeof FORMATS)[number], needle: string): number[] {
  const model = readDocument(join(dir, 'docs', `可行性研究报告.${format}`), 'zh');
  const lines = [...model.body, ...model.headings].filter((p) => p.text.includes(needle)).map((p) => p.line);
  for (const t of model.tables) for (const r of t.rows) if (r.some((c) => c.text.includes(needle))) lines.push(...r.map((c) => c.line));
  return lines;
}

/**
 * The variant gets exactly one finding at warning or error, of `ruleId`, in the 可研, at a paragraph
 * where `needle` stands; and the sentence it quotes and both values are in it.
 */
export function expectOneFinding(variant: Variant, ruleId: string, needle: string): void {
  for (const format of FORMATS) {
    const { dir, findings } = fixturePackage(variant, format);
    const loud = findings.filter((f) => f.severity !== 'info');
    expect(loud.map((f) => `${f.ruleId} ${f.file}:${f.line} ${f.message}`), `${variant} (${format})`).toHaveLength(1);
    const [f] = loud;
    expect(f!.ruleId, format).toBe(ruleId);
    expect(f!.file).toBe(`docs/可行性研究报告.${format}`);
    expect(placesOf(dir, format, needle), `${format}: ${f!.message}`).toContain(f!.line);
    if (format === 'docx') expect(f!.place).toMatch(new RegExp(`^¶${f!.line}\\b`));
    expect(f!.evidence?.stated.length).toBeGreaterThan(0);
    expect(f!.evidence?.expected.length).toBeGreaterThan(0);
  }
}

/** The consistent 可研, in both formats, gets nothing from the rule (and nothing at all at warning or error). */
export function expectConsistentQuiet(ruleId: string): void {
  for (const format of FORMATS) {
    const { findings } = fixturePackage('consistent', format);
    expect(findings.filter((f) => f.ruleId === ruleId), format).toEqual([]);
    expect(findings.filter((f) => f.severity !== 'info').map((f) => `${f.ruleId} ${f.file}:${f.line} ${f.message}`), format).toEqual([]);
  }
}
