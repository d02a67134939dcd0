import {
  AlignmentType, Document, Footer, Header, HeightRule, LineRuleType, Packer, PageNumber, PageOrientation, Paragraph, Tab, Table, TableCell, TableLayoutType, TableRow, TabStopType, TextRun, VerticalAlign, WidthType,
} from 'docx';
import type { FormModel } from './model.js';
import type { DocxFonts } from '../forms/page.js';
import { DEFAULT_DOCX_FONTS, DOCX_FONTS, MIN_ROW_MM, mmToPt, PAGE_TWIPS } from '../forms/page.js';
import { ATTACHMENT_PT, BODY_PT, emMeasure, layoutForm, LINE, NOTE_PT, PAD, PAGE_NO_PT, TITLE_LINE, TITLE_PT } from './layout.js';
import type { LaidCell } from './layout.js';
import { normalizeDocx } from '../fs/zip-normalize.js';
import { maxOf, pushAll } from '../arrays.js';
import { xmlSafe } from '../xml-chars.js';

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;
/** Points to twips and to Word's half-points. */
const tw = (pt: number): number => Math.round(pt * 20);
const half = (pt: number): number => Math.round(pt * 2);

export interface DocxOptions {
  /** The package has errors: every page says 草稿 in its header. */
  draft?: boolean;
}

/**
 * A form as Word lays it out: the page, column widths, font sizes and row heights the layout
 * decided (measured at 1 em per Chinese character); Word breaks the lines itself, and since every
 * column is wide enough for its longest number at the size chosen, a number is never split.
 */
export function paintDocx(form: FormModel, fonts: DocxFonts = DEFAULT_DOCX_FONTS, o: DocxOptions = {}): Promise<Uint8Array> {
  const lay = layoutForm(form, emMeasure);
  const { frame } = lay;
  const run = (raw: string, size: number, face: string, opts: { tab?: boolean; bold?: boolean; color?: string } = {}) => {
    // A character XML forbids would make the whole DOCX unreadable; validate names it in the facts.
    const text = xmlSafe(raw);
    return new TextRun({ ...(opts.tab ? { children: [new Tab(), text] } : { text }), size: half(size), bold: opts.bold === true, ...(opts.color ? { color: opts.color } : {}), font: { ascii: DOCX_FONTS.latin, hAnsi: DOCX_FONTS.latin, eastAsia: face } });
  };
  const para = (text: string, size: number, opts: { align?: keyof typeof ALIGN; face?: string; bold?: boolean; keepNext?: boolean; indentRight?: number; before?: number; line?: number } = {}) =>
    new Paragraph({
      alignment: ALIGN[opts.align ?? 'left'],
      keepNext: opts.keepNext === true,
      spacing: { before: opts.before ?? 0, after: 0, line: tw(size * (opts.line ?? LINE)), lineRule: LineRuleType.EXACT },
      ...(opts.indentRight ? { indent: { right: opts.indentRight } } : {}),
      children: [run(text, size, opts.face ?? fonts.body, { bold: opts.bold === true })],
    });

  /** A cell's paragraphs at the layout's size; a sign block is pushed to the bottom of its row. */
  const cellParas = (c: LaidCell, rowPt: number, keepNext: boolean): Paragraph[] => {
    const out = (c.cell.text ? c.cell.text.split('\n') : []).map((line) => para(line, c.size, { align: c.cell.label ? 'center' : c.cell.align, keepNext }));
    if (c.cell.sign) {
      const s = c.cell.sign;
      const used = c.lines.length * c.size * LINE + (s.lines.length + (s.seal ? 1 : 0) + (s.date ? 1 : 0)) * BODY_PT * LINE;
      const gap = Math.max(0, tw(rowPt - 2 * PAD - used) - 20);
      const block: Paragraph[] = [];
      const before = (): number => (block.length === 0 ? gap : 0);
      for (const line of s.lines) block.push(para(line, BODY_PT, { before: before() }));
      if (s.seal) block.push(para('（盖章）', BODY_PT, { align: 'right', indentRight: tw(28.35), before: before() }));
      if (s.date) block.push(para('年　　月　　日', BODY_PT, { align: 'right', indentRight: tw(11.34), before: before() }));
      pushAll(out, block);
    }
    return out.length > 0 ? out : [para('', BODY_PT, { keepNext })];
  };

  const halfPage = frame.bodyHeight / 2;
  const rows = lay.rows.map((row, i) => {
    // The row before a sign block stays on its page (Word keeps a row with the next through keepNext),
    // unless it is tall enough to split: then it starts where it is and its last lines go with the seal.
    const keepNext = lay.rows[i + 1]?.sign === true && row.height < halfPage;
    return new TableRow({
      tableHeader: row.header,
      // A very tall row may split across pages, as the PDF's does; others stay whole.
      cantSplit: row.height < halfPage,
      // The least height: the seal's room and the template's, never the text's (Word sets text itself,
      // and a least height taller than a page would keep a long row from splitting).
      height: { value: tw(row.sign ? row.height : maxOf(row.cells.map((c) => (c.cell.minHeightMm ? mmToPt(c.cell.minHeightMm) : 0)), mmToPt(MIN_ROW_MM))), rule: HeightRule.ATLEAST },
      children: row.cells.map(
        (c) =>
          new TableCell({
            columnSpan: c.cell.colSpan,
            width: { size: tw(c.w), type: WidthType.DXA },
            verticalAlign: c.cell.label || (!c.cell.sign && !c.cell.minHeightMm) ? VerticalAlign.CENTER : VerticalAlign.TOP,
            margins: { left: tw(PAD), right: tw(PAD), top: tw(PAD), bottom: tw(PAD) },
            children: cellParas(c, row.height, keepNext),
          }),
      ),
    });
  });

  const children: (Paragraph | Table)[] = [];
  if (lay.attachment) children.push(para(lay.attachment, ATTACHMENT_PT, { face: '黑体', line: 1.2 }));
  // The title in the same weight as the PDF's (a bold serif face).
  for (const line of form.title) children.push(para(line, TITLE_PT, { align: 'center', face: fonts.title, bold: true, line: TITLE_LINE }));
  children.push(para('', BODY_PT));
  if (form.preface || form.unitNote) {
    // 项目名称 at the left and 单位：万元 at the right margin (a right tab stop) when both fit on one line;
    // else the name wraps over the 版心 and the unit follows on a line of its own, at the right.
    const both = emMeasure.width(`${form.preface ?? ''}　${form.unitNote ?? ''}`, BODY_PT) <= frame.bodyWidth;
    if (both || !form.preface || !form.unitNote) {
      children.push(new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: tw(frame.bodyWidth) }],
        spacing: { after: tw(BODY_PT * 0.4) },
        children: [...(form.preface ? [run(form.preface, BODY_PT, fonts.body)] : []), ...(form.unitNote ? [run(form.unitNote, BODY_PT, fonts.body, { tab: true })] : [])],
      }));
    } else {
      children.push(para(form.preface, BODY_PT));
      children.push(new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { after: tw(BODY_PT * 0.4) }, children: [run(form.unitNote, BODY_PT, fonts.body)] }));
    }
  }
  const widths = lay.columns.map(tw);
  children.push(new Table({ width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA }, columnWidths: widths, layout: TableLayoutType.FIXED, rows }));
  for (const note of form.notes) children.push(para(note, NOTE_PT, { line: TITLE_LINE }));

  const pageNo = (align: 'left' | 'right') =>
    new Footer({
      children: [new Paragraph({ alignment: ALIGN[align], indent: align === 'left' ? { left: tw(PAGE_NO_PT) } : { right: tw(PAGE_NO_PT) }, children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], size: half(PAGE_NO_PT), font: { ascii: '宋体', hAnsi: '宋体', eastAsia: '宋体' } })] })],
    });
  const draft = new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [run('草稿（软件包检查未通过）', 28, fonts.title, { bold: true, color: 'C00000' })] })] });
  const numbered = lay.pages.length > 1;
  const doc = new Document({
    creator: 'zwpack',
    title: xmlSafe(form.title.join('')),
    evenAndOddHeaderAndFooters: numbered,
    styles: { default: { document: { run: { size: half(12), font: { ascii: DOCX_FONTS.latin, hAnsi: DOCX_FONTS.latin, eastAsia: fonts.body } } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE_TWIPS.width, height: PAGE_TWIPS.height, ...(frame.landscape ? { orientation: PageOrientation.LANDSCAPE } : {}) },
            margin: { top: tw(frame.top), left: tw(frame.left), right: tw(frame.width - frame.left - frame.bodyWidth), bottom: tw(frame.height - frame.top - frame.bodyHeight), footer: tw(frame.height - frame.top - frame.bodyHeight - 7 * 72 / 25.4 - PAGE_NO_PT) },
          },
        },
        ...(numbered ? { footers: { default: pageNo('right'), even: pageNo('left') } } : {}),
        ...(o.draft ? { headers: { default: draft, ...(numbered ? { even: draft } : {}) } } : {}),
        children,
      },
    ],
  });
  return Packer.toBuffer(doc).then((b) => normalizeDocx(b));
}
