import { mmToPt, SEAL_MM } from '../forms/page.js';
import { breakLines, frameOf, numberPages, TITLE_LINE, TITLE_PT } from './layout.js';
import type { FormLayout, Item, LaidPage, Measure } from './layout.js';

/**
 * A letter in the 公文 manner (a 审查意见): its title, whom it is sent to, numbered paragraphs, and the
 * sender's block with room for a seal — laid out on the same GB/T 9704 page as the forms. Body text is
 * 三号 (16 pt) with a two-character first-line indent; 一、 headings in the title face, （一） and 1. in the body face.
 */
export interface LetterModel {
  /** Output file name without extension. */
  fileName: string;
  title: string[];
  /** 主送: the addressee, with its colon. */
  to?: string;
  blocks: LetterBlock[];
  /** The sender and the date, at the right under the text, with room for a 42 mm seal over the date. */
  signoff: { lines: string[]; date: string };
}

export interface LetterBlock {
  /** head: 一、; sub: （一）; item: 1. and the like; para: plain text; all indented two characters. */
  kind: 'head' | 'sub' | 'item' | 'para';
  text: string;
}

export const LETTER_PT = 16; // 三号
/** 公文 lines: 22 to the 225 mm 版心. */
export const LETTER_LINE = mmToPt(225) / 22 / LETTER_PT;
export const RIGHT_SPACE = '\u3000\u3000\u3000\u3000';

export function layoutLetter(letter: LetterModel, m: Measure): FormLayout {
  const frame = frameOf(false);
  const width = frame.bodyWidth;
  const left = frame.left;
  const bottom = frame.top + frame.bodyHeight;
  const lh = LETTER_PT * LETTER_LINE;
  const pages: LaidPage[] = [];
  let items: Item[] = [];
  let y = frame.top;
  const text = (lines: string[], size: number, face: 'title' | 'body', align: 'left' | 'center' | 'right', line: number, indent = 0): Item => ({ kind: 'text', x: left + indent, y, w: width - indent, lines, size, face, align, line });
  const indentW = 2 * m.width('汉', LETTER_PT);
  const newPage = (): void => {
    pages.push({ items });
    items = [];
    y = frame.top;
  };
  /** Lines at the body size, flowing over pages; `indented`: the first line starts two characters in. */
  const flow = (lines: string[], face: 'title' | 'body', indented = false): void => {
    let rest = lines;
    let first = indented;
    while (rest.length > 0) {
      const room = Math.floor((bottom - y + 0.01) / lh);
      if (room <= 0) {
        newPage();
        continue;
      }
      const part = first ? rest.slice(0, 1) : rest.slice(0, room);
      items.push(text(part, LETTER_PT, face, 'left', LETTER_LINE, first ? indentW : 0));
      y += part.length * lh;
      rest = rest.slice(part.length);
      first = false;
    }
  };
  /** A paragraph's lines: the first two characters narrower for its indent. */
  const paragraph = (t: string): string[] => {
    const [head] = breakLines(t, width - indentW, LETTER_PT, m);
    if (!head) return [];
    const after = t.slice(t.indexOf(head) + head.length).trimStart();
    return after ? [head, ...breakLines(after, width, LETTER_PT, m)] : [head];
  };

  for (const line of letter.title) {
    const ls = breakLines(line, width, TITLE_PT, { width: (t, size) => m.width(t, size, 'title') });
    items.push(text(ls, TITLE_PT, 'title', 'center', TITLE_LINE));
    y += ls.length * TITLE_PT * TITLE_LINE;
  }
  y += lh;
  if (letter.to) flow(breakLines(letter.to, width, LETTER_PT, m), 'body');
  const laid = letter.blocks.map((b) => ({ lines: paragraph(b.text), face: b.kind === 'head' ? ('title' as const) : ('body' as const) }));
  // The sender's block (its lines, the seal's room over the date) never stands alone on a page: it
  // takes the last two lines of the text with it.
  const sign = letter.signoff.lines.length * lh + Math.max(mmToPt(SEAL_MM) - lh, lh) + lh;
  laid.forEach((b, i) => {
    if (i === laid.length - 1 && y + b.lines.length * lh + lh + sign > bottom + 0.01) {
      const keep = Math.min(2, b.lines.length);
      flow(b.lines.slice(0, b.lines.length - keep), b.face, b.lines.length > keep);
      if (y + keep * lh + lh + sign > bottom + 0.01) newPage();
      flow(b.lines.slice(b.lines.length - keep), b.face, b.lines.length <= keep);
    } else flow(b.lines, b.face, true);
  });
  if (laid.length === 0 && y + sign > bottom) newPage();
  y += lh;
  // 成文日期 右空四字 (GB/T 9704 7.3.5.1), the sender over it.
  for (const l of letter.signoff.lines) {
    items.push(text([`${l}${RIGHT_SPACE}`], LETTER_PT, 'body', 'right', LETTER_LINE));
    y += lh;
  }
  // The seal (42 mm) presses over the date: room above it for the seal's upper part.
  y += Math.max(mmToPt(SEAL_MM) - 2 * lh, 0);
  items.push(text([`${letter.signoff.date}${RIGHT_SPACE}`], LETTER_PT, 'body', 'right', LETTER_LINE));
  pages.push({ items });
  numberPages(pages, frame, m);
  return { frame, columns: [width], rows: [], pages };
}
