import type { RuleContext, RuleKind } from '../types.js';
import { declarations } from './declarations.js';
import { filingDeadline } from './filing-deadline.js';
import { monthsAfter } from './months-after.js';
import { amountThreshold } from './amount-threshold.js';
import { dateOrder } from './date-order.js';
import { factRequired } from './fact-required.js';
import { materials } from './materials.js';
import { tableColumns } from './table-columns.js';
import { selfEvaluation } from './self-evaluation.js';
import { changeSize } from './change-size.js';

/**
 * A kind of rule that regulations repeat with other numbers: one function, its options described
 * by a JSON Schema, used from a profile (`rules: {ID: {use: FAMILY, article, title, ...options}}`)
 * without writing code.
 */
export interface RuleFamily {
  id: string;
  kind: RuleKind[];
  /** What the family does, for `profile check` and the tutorial. */
  summary: { zh: string; en: string };
  /** JSON Schema of the options (the entry's keys other than use/title/description/article/severity/stage). */
  options: Record<string, unknown>;
  /** The stage from which there is something to check, when the options say. */
  stageOf?: (options: Record<string, unknown>) => string | undefined;
  /** How a rule with these options reads its article's words (以上/超过…), for `explain`. */
  reading?: (options: Record<string, unknown>) => { zh: string; en: string };
  check(ctx: RuleContext): void;
}

export const FAMILIES: Readonly<Record<string, RuleFamily>> = Object.fromEntries(
  [declarations, filingDeadline, monthsAfter, amountThreshold, dateOrder, factRequired, tableColumns, materials, selfEvaluation, changeSize].map((f) => [f.id, f]),
);

/** The keys of a profile's rule entry that describe the rule, not the family's options. */
export const META_KEYS = ['use', 'title', 'titleEn', 'description', 'descriptionEn', 'article', 'severity', 'stage', 'origin'] as const;
