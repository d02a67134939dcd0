import { rmSync } from 'node:fs';
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
}

/** Files to delete from the copy before validating. */
export interface Options {
  remove?: string[];
  asOf?: string;
}

export interface Checked {
  dir: string;
  findings: Finding[];
}

/** Copy an example, apply the edits to its text, validate it in-process on a fixed day. */
export function checkExample(profile: keyof typeof EXAMPLES, edits: Edit[] = [], opts: Options = {}): Checked {
  const dir = copyExample(profile);
  for (const e of edits) edit(join(dir, e.file ?? 'project.yaml'), e.from, e.to);
  for (const f of opts.remove ?? []) rmSync(join(dir, f));
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
