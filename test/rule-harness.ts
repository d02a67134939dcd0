import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { packagedCalendar } from '../src/calendar/workdays.js';
import type { Finding } from '../src/findings.js';
import { validatePackage } from '../src/pipeline.js';
import { AS_OF, copyExample, edit, positionOf } from './helpers.js';
import type { EXAMPLES } from './helpers.js';

export interface Edit {
  /** Package-relative file; default project.yaml. */
  file?: string;
  from: string;
  to: string;
  /** Replace every occurrence, not the first only (a figure a document states in several places). */
  all?: true;
}

/** Files to delete from the copy before validating. */
export interface Options {
  remove?: string[];
  /** Files to write (package-relative path → text) before validating. */
  write?: Record<string, string>;
  asOf?: string;
}

export interface Checked {
  dir: string;
  findings: Finding[];
}

/** Copy an example, apply the edits to its text, validate it in-process on a fixed day. */
export function checkExample(profile: keyof typeof EXAMPLES, edits: Edit[] = [], opts: Options = {}): Checked {
  const dir = copyExample(profile);
  for (const e of edits) edit(join(dir, e.file ?? 'project.yaml'), e.from, e.to, e.all);
  for (const f of opts.remove ?? []) rmSync(join(dir, f));
  for (const [f, text] of Object.entries(opts.write ?? {})) writeFileSync(join(dir, f), text);
  const { result } = validatePackage(dir, { lang: 'zh', asOf: opts.asOf ?? AS_OF, calendar: packagedCalendar() });
  return { dir, findings: result.findings };
}

/**
 * Exactly `ruleId` fires (nothing else at warning or error), and its first finding
 * stands where `needle` stands inside `context` of `file`.
 */
export function expectFires(c: Checked, ruleId: string, at: { file?: string; context: string; needle?: string }): Finding[] {
  const loud = c.findings.filter((f) => f.severity !== 'info');
  expect(loud.map((f) => f.ruleId)).toContain(ruleId);
  expect(loud.filter((f) => f.ruleId !== ruleId)).toEqual([]);
  const mine = c.findings.filter((f) => f.ruleId === ruleId && f.severity !== 'info');
  const file = at.file ?? 'project.yaml';
  const pos = positionOf(join(c.dir, file), at.context, at.needle ?? at.context);
  expect({ file: mine[0]!.file, line: mine[0]!.line, column: mine[0]!.column }).toEqual({ file, ...pos });
  expect(mine[0]!.source === null || mine[0]!.source.length > 0).toBe(true);
  return mine;
}

/** The rule says nothing at all about the package. */
export function expectQuiet(c: Checked, ruleId: string): void {
  expect(c.findings.filter((f) => f.ruleId === ruleId)).toEqual([]);
}

/**
 * Exactly `ruleId` fires on the package (nothing else at warning or error); its first finding is
 * in `file`, names the missing `title`, and points at the heading `anchor` (a Markdown heading's
 * line, or a DOCX paragraph's place).
 */
export function expectOutlineFires(c: Checked, ruleId: string, at: { file: string; title: string; anchor: string }): Finding[] {
  const loud = c.findings.filter((f) => f.severity !== 'info');
  expect(loud.filter((f) => f.ruleId !== ruleId)).toEqual([]);
  const mine = loud.filter((f) => f.ruleId === ruleId);
  expect(mine.length).toBeGreaterThan(0);
  const first = mine[0]!;
  expect(first.file).toBe(at.file);
  expect(first.message).toContain(`「${at.title}」`);
  if (at.file.endsWith('.docx')) {
    expect(first.place).toMatch(new RegExp(`^¶\\d+ 「${at.anchor}」$`));
  } else {
    const lines = readFileSync(join(c.dir, at.file), 'utf8').split('\n');
    const line = lines.findIndex((l) => /^#+ /.test(l) && l.includes(at.anchor)) + 1;
    expect(line).toBeGreaterThan(0);
    expect({ line: first.line, column: first.column }).toEqual({ line, column: 1 });
  }
  return mine;
}

/** The findings of one rule (info left out) on an example changed as `checkExample` does, validated as at `stage` when given. */
export function ruleFindings(profile: keyof typeof EXAMPLES, ruleId: string, opts: { edits?: Edit[]; remove?: string[]; stage?: string } = {}): Finding[] {
  const dir = copyExample(profile);
  for (const e of opts.edits ?? []) edit(join(dir, e.file ?? 'project.yaml'), e.from, e.to, e.all);
  for (const f of opts.remove ?? []) rmSync(join(dir, f));
  const { result } = validatePackage(dir, { lang: 'zh', asOf: AS_OF, calendar: packagedCalendar(), ...(opts.stage ? { stage: opts.stage } : {}) });
  return result.findings.filter((f) => f.ruleId === ruleId && f.severity !== 'info');
}
