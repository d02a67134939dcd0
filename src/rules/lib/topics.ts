import type { RuleContext } from '../types.js';
import { stageOf, stageReached } from '../../profiles/stages.js';
import { isSkeletonLine } from '../../outline/content.js';
import type { Outline } from '../../document/model.js';

/** Something an article asks the approval documents to explain, wherever they explain it. */
export interface Topic {
  zh: string;
  en: string;
  /** Words that show the topic is treated: in written text, under a heading that has some, or in the name of a note in docs/. */
  match: RegExp;
  article: string;
}

const APPROVAL = ['proposal', 'feasibility', 'design'];
const NAMES: Record<string, string> = { proposal: '项目建议书', feasibility: '可行性研究报告', design: '初步设计方案' };

/** Whether written text speaks of the topic: text that is not the skeleton's, or a heading with such text under it. */
function speaksOf(outline: Outline, match: RegExp): boolean {
  const { headings, body } = outline;
  const written = body.filter((b) => !isSkeletonLine(b.text));
  if (written.some((b) => match.test(b.text))) return true;
  return headings.some((h, i) => {
    if (!match.test(h.text)) return false;
    // Its text: what stands after it and before the next heading of its level or above.
    const end = headings.slice(i + 1).find((n) => n.level <= h.level)?.line ?? Infinity;
    return written.some((b) => b.line > h.line && b.line < end);
  });
}

/**
 * Article-level requirements are met by the package, not by one document's sub-heading: a topic
 * written of in any approval document (建议书, 可研, 初设), or a file of docs/ named for it, is
 * there. A heading alone is not content: it counts only with text of its own under it (a skeleton's
 * `安全系统设计（含密码应用设计方案）` with nothing written below says nothing of 密码). A topic found
 * nowhere is one finding, at the latest approval document, from the stage the documents are submitted at.
 */
export function requireTopics(ctx: RuleContext, topics: readonly Topic[]): void {
  // Before the documents are submitted (计划申报) a draft need not explain anything yet.
  if (!stageReached(ctx.profile, stageOf(ctx.profile, ctx.facts), ctx.profile.documentsFrom)) return;
  const docs = ctx.documents().filter((d) => APPROVAL.includes(d.doc));
  if (docs.length === 0) return;
  const notes = ctx.docsFolder();
  const at = docs.sort((a, b) => APPROVAL.indexOf(b.doc) - APPROVAL.indexOf(a.doc))[0]!;
  const where = APPROVAL.filter((d) => docs.some((x) => x.doc === d)).map((d) => NAMES[d]).join('、');
  for (const t of topics) {
    const found = docs.some((d) => speaksOf(d.outline, t.match)) || notes.some((n) => t.match.test(n));
    if (found) continue;
    ctx.report({
      file: at.file,
      at: { line: 1, column: 1 },
      zh: `报批文件（${where}）中均未说明${t.zh}（${t.article}）；可写入任一报批文件，或在 docs/ 中另附说明`,
      en: `none of the approval documents (${docs.map((d) => d.doc).join(', ')}) explains ${t.en} (${t.article}); any of them may, or a note of its own in docs/`,
    });
  }
}
