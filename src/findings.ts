/** One problem found in a package, as every formatter prints it. */
export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  /** Path relative to the package folder, with forward slashes. */
  file: string;
  line: number;
  column: number;
  /** In a Word document, the paragraph and its text (`¶112 「第四章 项目建设方案」`); `line` is then the paragraph number. */
  place?: string;
  /** In a workbook, the sheet and cell (`估算表!F12`); `line` and `column` are then its row and column numbers. */
  cell?: string;
  /** The regulation and article the finding enforces, when there is one. */
  source: string | null;
  /** A finding about what a document says: the sentence quoted and the two values that disagree. */
  evidence?: Evidence;
  /** Not a finding of its own: it stands for this many more of its rule in its file, not listed. */
  omitted?: number;
}

export interface Evidence {
  quote: string;
  /** What the document says (`1324.56万元`). */
  stated: string;
  /** What it should say, and where that comes from (`1234.56 万元（project.yaml 的投资估算）`). */
  expected: string;
}

export interface Summary {
  error: number;
  warning: number;
  info: number;
  /** The stage the package was checked at (its own, or --stage); absent when the rules did not run. */
  stage?: string;
  /** Rules in force that checked the package. */
  checked?: number;
  /** Rules that have nothing to check before a later stage (or whose facts are not due yet). */
  notYetDue?: number;
  /** Rules that could not run for a fact that is due and missing (reported by STAGE-REQUIRED). */
  blocked?: number;
}

export interface PackageResult {
  path: string;
  profile: string | null;
  findings: Finding[];
  summary: Summary;
  /** Packages of the same run this one is related to: the same code, a version, 重复建设, text copied. */
  related?: { path: string; kind: string; similarity?: number }[];
}

export const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

export function summarize(findings: readonly Finding[]): Summary {
  const s: Summary = { error: 0, warning: 0, info: 0 };
  for (const f of findings) s[f.severity]++;
  return s;
}

/** Findings by file, in the order the files first appear; appended in place, never copied. */
export function groupByFile(findings: readonly Finding[], keep: (f: Finding) => boolean = () => true): Map<string, Finding[]> {
  const byFile = new Map<string, Finding[]>();
  for (const f of findings) {
    if (!keep(f)) continue;
    const list = byFile.get(f.file);
    if (list) list.push(f);
    else byFile.set(f.file, [f]);
  }
  return byFile;
}

/** File order, then line, then column: the order a reader walks a file in. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column,
  );
}
