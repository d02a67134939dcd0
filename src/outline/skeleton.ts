import { loadOutline } from './schemas.js';

/** One heading of a skeleton, with the outline's guidance to write under it. */
export interface SkeletonHeading {
  level: 1 | 2;
  text: string;
  guide?: string;
}

const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八', '十九', '二十'];
/** 1 → 一 … 20 → 二十, as chapters and 公文 items are numbered. */
export const cn = (n: number): string => CN[n - 1] ?? String(n);

/**
 * The headings a skeleton holds: every chapter of the outline as 第X章, and under each the
 * items a reviewer looks for as 一、二、…; optional items only when the facts call for them.
 */
export function skeletonHeadings(outlineId: string, flags: Record<string, boolean>): SkeletonHeading[] {
  const items = loadOutline(outlineId).items.filter((i) => !i.when || flags[i.when]);
  const chapters = items.filter((i) => i.level === 1);
  const out: SkeletonHeading[] = [];
  chapters.forEach((ch, i) => {
    out.push({ level: 1, text: `第${cn(i + 1)}章 ${ch.title}`, ...(ch.guide ? { guide: ch.guide } : {}) });
    items
      .filter((s) => s.level === 2 && s.parent === ch.key)
      .forEach((s, k) => out.push({ level: 2, text: `${cn(k + 1)}、${s.title}`, ...(s.guide ? { guide: s.guide } : {}) }));
  });
  return out;
}

export interface SkeletonCover {
  project: string;
  document: string;
  owner: string;
  date: string;
}

/** A Markdown skeleton: the title, the cover facts, then each heading with its guidance as a quote. */
export function markdownSkeleton(cover: SkeletonCover, headings: readonly SkeletonHeading[]): string {
  const lines = [`# ${cover.project}${cover.document}`, '', `建设单位：${cover.owner}`, '', `编制日期：${cover.date}`, ''];
  for (const h of headings) {
    lines.push(`${'#'.repeat(h.level + 1)} ${h.text}`, '');
    if (h.guide) lines.push(`> 编写提示：${h.guide}`, '');
    lines.push('（在此编写。）', '');
  }
  return lines.join('\n');
}
