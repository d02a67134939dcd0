import {
  AlignmentType, Document, HeightRule, LineRuleType, Packer, Paragraph, Tab, Table, TableCell, TableLayoutType, TableRow, TabStopType, TextRun, VerticalAlign, WidthType,
} from 'docx';
import type { CellModel, FormModel } from './model.js';
import type { DocxFonts } from './page.js';
import { DEFAULT_DOCX_FONTS, DOCX_FONTS, MIN_ROW_MM, mmToTwip, PAGE_MM, PAGE_TWIPS, SEAL_MM } from './page.js';
import { normalizeDocx } from './zip-normalize.js';


const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;
const BODY_HALF_PT = 22; // 11 pt, as in the PDF
/** Cell lines are set at an exact 16 pt, so the height of a block of text is known before Word lays it out. */
const LINE_TWIPS = 320;
const LINE_MM = (LINE_TWIPS / 1440) * 25.4;
const PAD_MM = 1.5;

/** How many lines `text` takes in a cell `widthMm` wide: CJK characters are 1 em, others half. */
function linesOf(text: string, widthMm: number): number {
  const em = (BODY_HALF_PT / 2) * (25.4 / 72);
  return text.split('\n').reduce((n, line) => {
    const ems = [...line].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 1 : 0.5), 0);
    return n + Math.max(1, Math.ceil((ems * em) / (widthMm - 2 * PAD_MM)));
  }, 0);
}

/** The lines of a sign block: sign lines, （盖章）, the date. */
const signLines = (c: CellModel): number => (c.sign ? c.sign.lines.length + (c.sign.seal ? 1 : 0) + (c.sign.date ? 1 : 0) : 0);

/** The least height of a cell, mm: its text, its sign block (at least the seal's 42 mm), its template height. */
function cellHeightMm(c: CellModel, widthMm: number): number {
  const text = c.text ? linesOf(c.text, widthMm) * LINE_MM : 0;
  const rest = c.sign ? Math.max((signLines(c) + 0.5) * LINE_MM + 2 * PAD_MM, c.sign.seal ? SEAL_MM : 0) : 2 * PAD_MM;
  return Math.max(MIN_ROW_MM, text + rest, c.minHeightMm ?? 0);
}

export function paintDocx(form: FormModel, fonts: DocxFonts = DEFAULT_DOCX_FONTS): Promise<Uint8Array> {
  /** A run of plain (not bold) text; `tab` puts a tab before it, to the paragraph's tab stop. */
  const run = (text: string, size: number, face: string, tab = false) =>
    new TextRun({ ...(tab ? { children: [new Tab(), text] } : { text }), size, bold: false, font: { ascii: DOCX_FONTS.latin, hAnsi: DOCX_FONTS.latin, eastAsia: face } });
  const para = (text: string, o: { align?: keyof typeof ALIGN; size?: number; face?: string; before?: number; exact?: boolean; indentRight?: number } = {}) =>
    new Paragraph({
      alignment: ALIGN[o.align ?? 'left'],
      spacing: { before: o.before ?? 0, after: 0, ...(o.exact ? { line: LINE_TWIPS, lineRule: LineRuleType.EXACT } : {}) },
      ...(o.indentRight ? { indent: { right: o.indentRight } } : {}),
      children: [run(text, o.size ?? BODY_HALF_PT, o.face ?? fonts.body)],
    });

  /** A cell's paragraphs; a sign block is pushed to the bottom of a row `rowMm` high, as in the PDF. */
  const cellParas = (c: CellModel, widthMm: number, rowMm: number): Paragraph[] => {
    const textLines = c.text ? c.text.split('\n') : [];
    const out = textLines.map((line) => para(line, { align: c.label ? 'center' : c.align, exact: true }));
    if (c.sign) {
      const used = (c.text ? linesOf(c.text, widthMm) : 0) + signLines(c);
      const gap = Math.max(0, mmToTwip(rowMm - 2 * PAD_MM) - used * LINE_TWIPS - 20);
      const block: Paragraph[] = [];
      const first = (): { before: number } => ({ before: block.length === 0 ? gap : 0 });
      for (const line of c.sign.lines) block.push(para(line, { exact: true, ...first() }));
      if (c.sign.seal) block.push(para('（盖章）', { align: 'right', exact: true, indentRight: mmToTwip(10), ...first() }));
      if (c.sign.date) block.push(para('年　　月　　日', { align: 'right', exact: true, indentRight: mmToTwip(4), ...first() }));
      out.push(...block);
    }
    return out.length > 0 ? out : [para('', { exact: true })];
  };

  const widths = form.columns.map(mmToTwip);
  const rows = form.rows.map((row, i) => {
    const spans: number[] = [];
    let at = 0;
    for (const c of row) {
      spans.push(form.columns.slice(at, at + c.colSpan).reduce((a, b) => a + b, 0));
      at += c.colSpan;
    }
    const rowMm = Math.max(...row.map((c, k) => cellHeightMm(c, spans[k]!)));
    let col = 0;
    const cells = row.map((c, k) => {
      const w = widths.slice(col, col + c.colSpan).reduce((a, b) => a + b, 0);
      col += c.colSpan;
      return new TableCell({
        columnSpan: c.colSpan,
        width: { size: w, type: WidthType.DXA },
        verticalAlign: c.label || (!c.sign && !c.minHeightMm) ? VerticalAlign.CENTER : VerticalAlign.TOP,
        margins: { left: mmToTwip(PAD_MM), right: mmToTwip(PAD_MM), top: mmToTwip(PAD_MM), bottom: mmToTwip(PAD_MM) },
        children: cellParas(c, spans[k]!, rowMm),
      });
    });
    return new TableRow({ tableHeader: i < form.headerRows, cantSplit: true, height: { value: mmToTwip(rowMm), rule: HeightRule.ATLEAST }, children: cells });
  });

  const children: (Paragraph | Table)[] = form.title.map((line) => para(line, { align: 'center', size: 44, face: fonts.title }));
  children.push(para(''));
  if (form.preface || form.unitNote) {
    // 项目名称 at the left and 单位：万元 at the right margin of one line (a right tab stop), as in the PDF.
    children.push(new Paragraph({
      tabStops: [{ type: TabStopType.RIGHT, position: mmToTwip(PAGE_MM.bodyWidth) }],
      children: [
        ...(form.preface ? [run(form.preface, BODY_HALF_PT, fonts.body)] : []),
        ...(form.unitNote ? [run(form.unitNote, BODY_HALF_PT, fonts.body, true)] : []),
      ],
    }));
  }
  children.push(new Table({ width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA }, columnWidths: widths, layout: TableLayoutType.FIXED, rows }));
  for (const note of form.notes) children.push(para(note, { size: 21 }));

  const doc = new Document({
    creator: 'zwpack',
    title: form.title.join(''),
    styles: { default: { document: { run: { size: 24, font: { ascii: DOCX_FONTS.latin, hAnsi: DOCX_FONTS.latin, eastAsia: fonts.body } } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE_TWIPS.width, height: PAGE_TWIPS.height },
            margin: { top: PAGE_TWIPS.top, bottom: PAGE_TWIPS.bottom, left: PAGE_TWIPS.left, right: PAGE_TWIPS.right },
          },
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc).then((b) => normalizeDocx(b));
}
