import type { Heading } from '../document/model.js';
import type { OutlineItem } from './schemas.js';
import { normalizeTitle } from '../document/numbering.js';
import { minOf } from '../arrays.js';

export interface Matched {
  /** Item key → the heading that satisfies it. */
  found: Map<string, Heading>;
  /** The level at which the document's chapters sit. */
  chapterLevel: number;
}

/**
 * The document's own title (a lone top heading, as `# 某项目可行性研究报告`) is not a chapter;
 * chapters are the shallowest headings after it.
 */
function chapters(headings: readonly Heading[]): { body: Heading[]; level: number } {
  if (headings.length === 0) return { body: [], level: 1 };
  const top = minOf(headings.map((h) => h.level));
  const atTop = headings.filter((h) => h.level === top);
  const body = atTop.length === 1 && headings[0] === atTop[0] && headings.length > 1 ? headings.slice(1) : [...headings];
  return { body, level: minOf(body.map((h) => h.level)) };
}

/**
 * Which heading satisfies each item, by level: a chapter only by a chapter-level heading, a
 * section only by a deeper one — so with 第三章 deleted its sub-heading 三、…必要性 does not
 * stand in for it.
 */
export function matchHeadings(headings: readonly Heading[], items: readonly OutlineItem[]): Matched {
  const { body, level } = chapters(headings);
  const norm = body.map((h) => ({ h, n: normalizeTitle(h.text) }));
  const found = new Map<string, Heading>();
  for (const item of items) {
    const frags = item.match.map(normalizeTitle).filter(Boolean);
    const atLevel = norm.filter(({ h }) => (item.level === 1 ? h.level === level : h.level > level));
    const pick = atLevel.find(({ n }) => frags.some((f) => n.includes(f)));
    if (pick) found.set(item.key, pick.h);
  }
  return { found, chapterLevel: level };
}
