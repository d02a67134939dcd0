import type { Severity } from '../findings.js';
import type { Heading, Outline } from '../document/model.js';
import { matchHeadings } from './match.js';
import { loadOutline } from './schemas.js';
import type { OutlineItem } from './schemas.js';
import { outlineValidator } from './validator.js';
import { pushAll } from '../arrays.js';

/** An outline finding before it is bound to a file and a language. */
export interface OutlineProblem {
  rule: string;
  severity: Severity;
  zh: string;
  en: string;
  /** The heading the finding points at; none: the start of the document. */
  at?: Heading;
}

const quote = (h: Heading): string => `「${h.text}」`;

/**
 * Check a document's headings against an outline schema: ajv decides which items are
 * missing (each item is a `contains` over the matched keys); order is checked here.
 */
export function checkOutline(outlineId: string, outline: Outline, facts: Record<string, boolean>): OutlineProblem[] {
  const schema = loadOutline(outlineId);
  const { found } = matchHeadings(outline.headings, schema.items);
  const validate = outlineValidator(outlineId);
  validate({ keys: [...found.keys()], facts });
  const missing = new Set<string>();
  for (const e of validate.errors ?? []) {
    const key = (e.keyword === 'contains' ? ((e.parentSchema as { contains?: { const?: unknown } }).contains?.const) : undefined);
    if (typeof key === 'string') missing.add(key);
  }
  const byKey = new Map(schema.items.map((i) => [i.key, i]));
  const chapters = schema.items.filter((i) => i.level === 1);
  const problems: OutlineProblem[] = [];
  for (const key of missing) {
    const item = byKey.get(key);
    if (!item) continue;
    if (item.parent && !found.has(item.parent) && item.severity !== 'error') continue; // the chapter's own finding says it
    problems.push(missingProblem(item, found, chapters, byKey));
  }
  pushAll(problems, orderProblems(chapters, found));
  return problems;
}

function missingProblem(item: OutlineItem, found: Map<string, Heading>, chapters: OutlineItem[], byKey: Map<string, OutlineItem>): OutlineProblem {
  const what = item.level === 1 ? '章节' : '内容';
  const base = { rule: item.rule, severity: item.severity };
  const parent = item.parent ? found.get(item.parent) : undefined;
  if (parent) {
    return { ...base, at: parent, zh: `缺少${what}「${item.title}」（应在${quote(parent)}之下）`, en: `missing "${item.title}" (belongs under "${parent.text}")` };
  }
  if (item.parent) {
    const title = byKey.get(item.parent)?.title ?? item.parent;
    return { ...base, zh: `缺少${what}「${item.title}」（应在「${title}」章之下，该章也未找到）`, en: `missing "${item.title}" (belongs under "${title}", which is missing too)` };
  }
  const index = chapters.indexOf(item);
  const before = chapters.slice(0, Math.max(index, 0)).reverse().map((c) => found.get(c.key)).find((h) => h !== undefined);
  if (before) {
    return { ...base, at: before, zh: `缺少${what}「${item.title}」（应在${quote(before)}之后）`, en: `missing chapter "${item.title}" (belongs after "${before.text}")` };
  }
  return { ...base, zh: `缺少${what}「${item.title}」（应在文档开头）`, en: `missing chapter "${item.title}" (belongs at the start)` };
}

/** A chapter found before one the outline puts ahead of it is out of order (a warning). */
function orderProblems(chapters: OutlineItem[], found: Map<string, Heading>): OutlineProblem[] {
  const out: OutlineProblem[] = [];
  let last: { item: OutlineItem; h: Heading } | null = null;
  for (const item of chapters) {
    const h = found.get(item.key);
    if (!h) continue;
    if (last && h.line < last.h.line) {
      out.push({
        rule: item.rule, severity: 'warning', at: h,
        zh: `章节顺序不符：${quote(h)}应在${quote(last.h)}之后（提纲顺序：「${last.item.title}」先于「${item.title}」）`,
        en: `chapter out of order: "${h.text}" should come after "${last.h.text}"`,
      });
    } else last = { item, h };
  }
  return out;
}
