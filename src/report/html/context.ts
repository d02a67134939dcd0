import { join } from 'node:path';
import type { Finding } from '../../findings.js';
import { groupByFile } from '../../findings.js';
import type { Lang } from '../../i18n/lang.js';
import { factAt } from '../../model/facts.js';
import type { LoadedPackage } from '../../package/load.js';
import { readText } from '../../package/read-text.js';
import type { YamlFile } from '../../package/yaml-file.js';
import { packageOutlines } from '../../rules/engine.js';
import { headingPath } from '../../document/model.js';

/** A line of the file around a finding: its number, its text, and whether the finding is on it. */
export interface ContextLine {
  n: number;
  text: string;
  hit?: true;
}

export interface FindingView {
  finding: Finding;
  /** The lines around it (a workbook: the cells of its row; Word: the paragraphs around it). */
  lines: ContextLine[];
  /** Word: the headings the paragraph stands under, chapter first. */
  headings?: string[];
}

export interface FileFindings {
  file: string;
  findings: FindingView[];
  /** Findings of a rule past the first SHOWN_PER_RULE in this file: counted, not listed. */
  omitted: { ruleId: string; count: number }[];
}

/**
 * A page is for looking: past this many findings of one rule in one file (a 20,000-row table with the same
 * mistake in every row) the rest are counted, not listed; validate's output lists them all.
 */
export const SHOWN_PER_RULE = 50;

const AROUND = 2;
const WIDTH = 160;
const cut = (s: string): string => (s.length > WIDTH ? `${s.slice(0, WIDTH)}…` : s);

/** Lines n-2 … n+2 of a text file. */
function textLines(lines: string[], n: number): ContextLine[] {
  const out: ContextLine[] = [];
  for (let i = Math.max(1, n - AROUND); i <= Math.min(lines.length, n + AROUND); i++) out.push({ n: i, text: cut(lines[i - 1]!), ...(i === n ? { hit: true as const } : {}) });
  return out;
}

/** The cells of the finding's row in a workbook table, each as `key = value`. */
function rowCells(t: YamlFile, f: Finding): ContextLine[] {
  if (!t.cells || !f.cell) return [];
  const sheet = f.cell.slice(0, f.cell.lastIndexOf('!'));
  const out: ContextLine[] = [];
  for (const [pointer, pos] of t.cells.entries()) {
    if (pos.line !== f.line || !pos.cell.startsWith(`${sheet}!`)) continue;
    const value = factAt(t.data, pointer);
    if (value !== null && typeof value === 'object') continue;
    out.push({ n: pos.column, text: cut(`${pos.cell.slice(sheet.length + 1)}  ${pointer.split('/').pop()} = ${value ?? ''}`), ...(pos.cell === f.cell ? { hit: true as const } : {}) });
  }
  return out.sort((a, b) => a.n - b.n);
}

/** Each file's findings with the part of the file they point at. */
export function findingContexts(pkg: LoadedPackage, findings: readonly Finding[], lang: Lang): FileFindings[] {
  const out: FileFindings[] = [];
  for (const [file, all] of groupByFile(findings)) {
    const perRule = new Map<string, number>();
    const list = all.filter((f) => {
      // validate's own count of those it left out adds to the rule's, and is not listed.
      if (f.omitted !== undefined) {
        perRule.set(f.ruleId, (perRule.get(f.ruleId) ?? 0) + f.omitted);
        return false;
      }
      const n = (perRule.get(f.ruleId) ?? 0) + 1;
      perRule.set(f.ruleId, n);
      return n <= SHOWN_PER_RULE;
    });
    const omitted = [...perRule].filter(([, n]) => n > SHOWN_PER_RULE).map(([ruleId, n]) => ({ ruleId, count: n - SHOWN_PER_RULE }));
    const workbook = [pkg.facts, ...pkg.tables].find((t) => t.file === file && t.cells);
    const doc = /\.docx$/i.test(file) ? packageOutlines(pkg, lang).documents.find((d) => d.file === file) : undefined;
    // A Word file's headings and text in paragraph order, put together once for all its findings.
    const paras = doc ? [...doc.outline.headings, ...doc.outline.body].sort((a, b) => a.line - b.line) : [];
    let text: string[] | null | undefined;
    const views = list.map((f): FindingView => {
      if (workbook) return { finding: f, lines: rowCells(workbook, f) };
      if (doc) {
        const at = paras.findIndex((p) => p.line >= f.line);
        const near = at < 0 ? [] : paras.slice(Math.max(0, at - 1), at + 2);
        const path = headingPath(doc.outline.headings, f.line);
        return { finding: f, lines: near.map((p) => ({ n: p.line, text: cut(p.text), ...(p.line === f.line ? { hit: true as const } : {}) })), headings: path.map((h) => h.text) };
      }
      if (/\.docx$|\.xlsx$/i.test(file)) return { finding: f, lines: [] };
      if (text === undefined) {
        try {
          text = readText(join(pkg.dir, file), lang).text.split(/\r?\n/);
        } catch {
          text = null; // unreadable: the finding says why; no lines to show
        }
      }
      return { finding: f, lines: text ? textLines(text, f.line) : [] };
    });
    out.push({ file, findings: views, omitted });
  }
  return out;
}
