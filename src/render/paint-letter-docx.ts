import { AlignmentType, Document, Footer, LineRuleType, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import type { DocxFonts } from '../forms/page.js';
import { DEFAULT_DOCX_FONTS, DOCX_FONTS, mmToPt, PAGE_TWIPS, SEAL_MM } from '../forms/page.js';
import { PAGE_NO_PT, TITLE_LINE, TITLE_PT } from './layout.js';
import { LETTER_LINE, LETTER_PT, RIGHT_SPACE } from './letter.js';
import type { LetterModel } from './letter.js';
import { normalizeDocx } from '../fs/zip-normalize.js';
import { xmlSafe } from '../xml-chars.js';

// A letter (the 审查意见) as a Word file on the forms' GB/T 9704 page: 三号 text in 仿宋, 一、 headings in
// 黑体 and （一） in 楷体 as 公文 set them, 22 lines to the page, the sender and date at the right with the
// seal's room above the date. Word flows the text; the PDF is laid out by letter.ts.

const tw = (pt: number): number => Math.round(pt * 20);
const half = (pt: number): number => Math.round(pt * 2);
const FACE = { head: '黑体', sub: '楷体_GB2312' } as const;

export function paintLetterDocx(letter: LetterModel, fonts: DocxFonts = DEFAULT_DOCX_FONTS): Promise<Uint8Array> {
  const run = (t: string, size: number, face: string, bold = false): TextRun => new TextRun({ text: xmlSafe(t), size: half(size), bold, font: { ascii: DOCX_FONTS.latin, hAnsi: DOCX_FONTS.latin, eastAsia: face } });
  const line = { line: tw(LETTER_PT * LETTER_LINE), lineRule: LineRuleType.EXACT, before: 0, after: 0 };
  const children: Paragraph[] = [];
  for (const t of letter.title) children.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { ...line, line: tw(TITLE_PT * TITLE_LINE) }, children: [run(t, TITLE_PT, fonts.title, true)] }));
  children.push(new Paragraph({ spacing: line, children: [] }));
  if (letter.to) children.push(new Paragraph({ spacing: line, children: [run(letter.to, LETTER_PT, fonts.body)] }));
  for (const b of letter.blocks) {
    const face = b.kind === 'head' ? FACE.head : b.kind === 'sub' ? FACE.sub : fonts.body;
    children.push(new Paragraph({ spacing: line, indent: { firstLine: tw(2 * LETTER_PT) }, alignment: AlignmentType.JUSTIFIED, children: [run(b.text, LETTER_PT, face)] }));
  }
  children.push(new Paragraph({ spacing: line, children: [] }));
  // The sender's block stays together and with the date.
  for (const l of letter.signoff.lines) children.push(new Paragraph({ alignment: AlignmentType.RIGHT, keepNext: true, keepLines: true, spacing: line, children: [run(`${l}${RIGHT_SPACE}`, LETTER_PT, fonts.body)] }));
  // The seal presses over the date: room for its upper part above it.
  const seal = Math.max(mmToPt(SEAL_MM) - 2 * LETTER_PT * LETTER_LINE, 0);
  children.push(new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { ...line, before: tw(seal) }, children: [run(`${letter.signoff.date}${RIGHT_SPACE}`, LETTER_PT, fonts.body)] }));

  const pageNo = (align: 'left' | 'right') =>
    new Footer({ children: [new Paragraph({ alignment: align === 'left' ? AlignmentType.LEFT : AlignmentType.RIGHT, indent: align === 'left' ? { left: tw(PAGE_NO_PT) } : { right: tw(PAGE_NO_PT) }, children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], size: half(PAGE_NO_PT), font: { ascii: '宋体', hAnsi: '宋体', eastAsia: '宋体' } })] })] });
  const doc = new Document({
    creator: 'zwpack',
    title: xmlSafe(letter.title.join('')),
    evenAndOddHeaderAndFooters: true,
    styles: { default: { document: { run: { size: half(LETTER_PT), font: { ascii: DOCX_FONTS.latin, hAnsi: DOCX_FONTS.latin, eastAsia: fonts.body } } } } },
    sections: [
      {
        properties: { page: { size: { width: PAGE_TWIPS.width, height: PAGE_TWIPS.height }, margin: { top: PAGE_TWIPS.top, left: PAGE_TWIPS.left, right: PAGE_TWIPS.right, bottom: PAGE_TWIPS.bottom, footer: PAGE_TWIPS.bottom - tw(7 * 72 / 25.4 + PAGE_NO_PT) } } },
        footers: { default: pageNo('right'), even: pageNo('left') },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc).then((b) => normalizeDocx(b));
}
