import type { Day } from '../calendar/dates.js';
import type { WorkCalendar } from '../calendar/workdays.js';
import type { Evidence, Severity } from '../findings.js';
import type { YamlFile } from '../package/yaml-file.js';
import type { Lang } from '../i18n/lang.js';
import type { Profile } from '../profiles/profile.js';
import type { RouteStep } from './lib/route.js';
import type { DocumentProblem, PackageOutlines } from '../outline/package.js';
import type { ItemStatus } from '../materials/status.js';

/** `text`: what the documents' text and tables say, against the facts and each other. */
export type RuleKind = 'arith' | 'path' | 'flag' | 'time' | 'outline' | 'stage' | 'material' | 'text';

/** What a rule is, which article it enforces and how it is tuned. */
export interface RuleMeta {
  id: string;
  kind: RuleKind[];
  severity: Severity;
  title: { zh: string; en: string };
  description: { zh: string; en: string };
  /**
   * Where the rule comes from: a profile id (its regulation is cited with `article`),
   * a full citation for texts outside the seeds (national rules), or null for the
   * package's own integrity checks.
   */
  origin: string | null;
  article: string;
  /** Set when the national article is widely applied but not confirmed. */
  believed?: boolean;
  /** For national rules: the local articles that restate them, quoted by `explain`. */
  restatedBy?: Record<string, string>;
  /**
   * The stage from which the rule has something to check (a stage every profile has). Before it
   * the rule still runs, but when it finds nothing it is counted as not yet due, not as checked.
   */
  stage?: string;
  /**
   * How zwpack reads the article's words where they decide a verdict (超过 excludes the number,
   * 不超过 includes it; which total is the base; from which day a window opens): shown by `explain`.
   */
  reading?: { zh: string; en: string };
  /** Default parameters; a profile may override them. */
  params?: Record<string, number | string | boolean>;
  /**
   * JSON Schema of one parameter each, where the default's type is not enough (a range, an enum).
   * A profile may set only the parameters in `params`; each is checked as its default's type.
   */
  paramSchemas?: Record<string, Record<string, unknown>>;
  /** For rules a profile defines from a family: the family's id. */
  family?: string;
}

export type { Change, DateKey, Facts, Person } from '../model/facts.js';
import type { Facts } from '../model/facts.js';

/** An annex table as rules read it. */
export interface Table {
  file: string;
  data: { rows: Record<string, unknown>[]; total?: number };
  /** A workbook's lines above its header, with their cells. */
  above?: YamlFile['above'];
}

export interface Report {
  severity?: Severity;
  zh: string;
  en: string;
  /** JSON Pointer into the file (default project.yaml); the finding points at its value. */
  pointer?: string;
  /** Package-relative file; default project.yaml. */
  file?: string;
  /** A place in a document that is not YAML (overrides `pointer`). */
  at?: { line: number; column: number; place?: string };
  /** The regulation and article, when this finding cites another than the rule's own. */
  source?: string | null;
  /** What a document says against what it should say. */
  evidence?: Evidence;
}

/**
 * A date a time rule derives from the facts, whether or not it is met: the timeline shows them all.
 * `by`: the event is due on or before the day; `notBefore`: it may not happen before it.
 */
export interface DeadlineNote {
  day: Day;
  limit: 'by' | 'notBefore';
  /** What is due (or may not come earlier): 竣工验收申请, 合同备案… */
  zh: string;
  en: string;
  /** The date of project.yaml the deadline bounds; its value, when set, says whether it was met. */
  event?: string;
  /** When the event is not one of project.yaml's dates (a yearly report): the day it happened, if it did. */
  done?: Day;
  /** The deadline counts this many working days (so days left are counted in working days too). */
  workdays?: number;
}

/** A deadline as the engine collects it: with the rule that derived it and its article. */
export type RuledDeadline = DeadlineNote & { ruleId: string; source: string | null };

/** What a rule's check sees, and how it reports. */
export interface RuleContext {
  /** The rule's ID (a family's function serves several). */
  ruleId: string;
  facts: Facts;
  profile: Profile;
  params: Record<string, number | string | boolean>;
  asOf: Day;
  lang: Lang;
  calendar: WorkCalendar;
  table(id: string): Table | null;
  /** The package-relative path of a table's file when one exists, valid or not. */
  tableFile(id: string): string | null;
  /** The package-relative path of a document if it exists, else null. */
  document(id: string): string | null;
  /** The path a missing document is expected at. */
  expectedDocument(id: string): string;
  report(r: Report): void;
  /** Outline problems in the package's documents (read once per package). */
  outlineProblems(): DocumentProblem[];
  /** The package's documents with something written in them, as read: headings and text. */
  documents(): PackageOutlines['documents'];
  /** Whether a document of the package is still entirely init's skeleton (no section written). */
  skeleton(id: string): boolean;
  /** The profile's materials and whether each is in its folder (as `checklist` sees them). */
  materials(): ItemStatus[];
  /** The names of the files in the package's docs/ folder (a note of its own may answer an article). */
  docsFolder(): string[];
  /**
   * A fact the rule needs is not stated: say so (info) instead of passing. `facts` are the
   * pointers whose absence stops the rule; when one of them is due at the package's stage,
   * STAGE-REQUIRED already reports it as an error and this says nothing more.
   */
  needs(pointer: string, zh: string, en: string, facts?: readonly string[]): void;
  /** A date the rule derives (a deadline, an earliest day), reported or not: for the timeline. */
  deadline(d: DeadlineNote): void;
  /** A date lies outside the holiday data: say so (warning) instead of guessing. */
  uncovered(day: Day, pointer: string): void;
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): void;
  /** Route rules also say which documents the project needs and why (validate --explain-path). */
  route?(ctx: RuleContext): RouteStep[];
}
