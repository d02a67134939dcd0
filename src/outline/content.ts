import { placeholderIn } from '../package/placeholder.js';
import type { BodyText, Heading, Outline } from '../document/model.js';
import type { OutlineProblem } from './check.js';

/** The rule under which a chapter without content is reported. */
export const CONTENT_RULE = 'DOC-CONTENT';

/**
 * Lines that are not yet content: zwpack's guidance and the line to write over, and an official
 * outline's own description of a chapter (主要包括：……等。) copied in as it stands.
 */
const SKELETON_LINE = /^>?\s*编写提示[:：]|^（在此编写。?）$|^主要包括[:：].*等。?$/;

/** Whether a line of text is still the skeleton's (guidance, the line to write over), not content. */
export const isSkeletonLine = (text: string): boolean => SKELETON_LINE.test(text);

/**
 * Chapters without content, each a warning: a heading with nothing under it before the next heading
 * of its level or above (empty), one holding only the guidance zwpack wrote (guide), and text with
 * a placeholder in it (【待填写】, XX, ××, 某某, TODO). `guides` are the outline's guidance texts, so a
 * skeleton whose "编写提示：" prefix was deleted is still told apart. `skeleton`: every section is
 * still empty — the document has not been written at all, which its route rule reports as one finding.
 */
export function contentProblems(outline: Outline, guides: ReadonlySet<string>): { skeleton: boolean; problems: OutlineProblem[] } {
  const { headings, body } = outline;
  const chapters: { h: Heading; leaf: boolean; written: boolean; kind: 'empty' | 'guide' | null; placeholder: { token: string; at: BodyText } | null }[] = [];
  let b = 0;
  headings.forEach((h, i) => {
    const next = headings[i + 1];
    const own: BodyText[] = [];
    while (b < body.length && body[b]!.line < h.line) b++;
    for (let k = b; k < body.length && (!next || body[k]!.line < next.line); k++) own.push(body[k]!);
    const real = own.filter((t) => !SKELETON_LINE.test(t.text) && !guides.has(t.text));
    const leaf = !next || next.level <= h.level;
    const kind = leaf && real.length === 0 ? (own.length > 0 ? 'guide' : 'empty') : null;
    let placeholder: { token: string; at: BodyText } | null = null;
    for (const t of real) {
      const token = placeholderIn(t.text);
      if (token) {
        placeholder = { token, at: t };
        break;
      }
    }
    chapters.push({ h, leaf, written: real.length > 0, kind, placeholder });
  });
  const leaves = chapters.filter((c) => c.leaf);
  // Not a line written under any heading: the skeleton as init scaffolded it. A Markdown document's
  // one heading above all others is its title, and the lines under it (建设单位：…) its cover.
  const title = headings.length > 1 && headings.filter((h) => h.level <= headings[0]!.level).length === 1 ? headings[0] : undefined;
  const skeleton = leaves.length > 0 && !chapters.some((c) => c.written && c.h !== title);
  const out: OutlineProblem[] = [];
  for (const c of chapters) {
    const q = `「${c.h.text}」`;
    if (c.kind === 'empty') {
      out.push({ rule: CONTENT_RULE, severity: 'warning', at: c.h, zh: `${q}下没有正文`, en: `"${c.h.text}" has no text under it` });
    } else if (c.kind === 'guide') {
      out.push({ rule: CONTENT_RULE, severity: 'warning', at: c.h, zh: `${q}下只有骨架的编写提示，尚未编写`, en: `"${c.h.text}" holds only the skeleton's guidance` });
    }
    if (c.placeholder) {
      const { token, at } = c.placeholder;
      const where = outline.kind === 'md' ? [`第 ${at.line} 行`, `line ${at.line}`] : [`第 ${at.line} 段`, `paragraph ${at.line}`];
      out.push({ rule: CONTENT_RULE, severity: 'warning', at: c.h, zh: `${q}中有待填写的占位内容「${token}」（${where[0]}）`, en: `"${c.h.text}" holds the placeholder "${token}" (${where[1]})` });
    }
  }
  return { skeleton, problems: out };
}
