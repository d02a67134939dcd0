import PDFDocument from 'pdfkit';
import type { CellModel, FormModel } from './model.js';
import type { FontFile, PdfFonts } from './fonts.js';
import { fontKey } from './fonts.js';
import { parsedFace } from './faces.js';
import { MIN_ROW_MM, mmToPt, PAGE_MM, SEAL_MM } from './page.js';
import { buildTime } from './zip-normalize.js';

const PAD = mmToPt(1.5);
const BODY_PT = 11; // between 小四 and 五号: a label of six characters fits a 30 mm column
const TITLE_PT = 22; // 二号
const NOTE_PT = 10.5; // 五号

const TOP = mmToPt(PAGE_MM.top);
const LEFT = mmToPt(PAGE_MM.left);
const WIDTH = mmToPt(PAGE_MM.bodyWidth);
const BOTTOM = TOP + mmToPt(PAGE_MM.bodyHeight);

type Doc = InstanceType<typeof PDFDocument>;

/**
 * pdfkit is given the parsed face and a name to cache it under in the document (a face registered
 * under an alias, by contrast, is parsed again at every call).
 */
const use = (doc: Doc, f: FontFile, size: number): Doc => doc.font(parsedFace(f) as PDFKit.Mixins.PDFFontSource, fontKey(f)).fontSize(size);

/**
 * Text is measured and drawn a line at a time: pdfkit wraps a string holding "\n" short of its
 * width (a six-character label in a 30 mm cell broke after four characters).
 */
function measure(doc: Doc, text: string, width: number): number {
  return text.split('\n').reduce((h, line) => h + doc.heightOfString(line || ' ', { width }), 0);
}

function write(doc: Doc, text: string, x: number, y: number, width: number, align: 'left' | 'center' | 'right'): void {
  let at = y;
  for (const line of text.split('\n')) {
    doc.text(line, x, at, { width, align });
    at += doc.heightOfString(line || ' ', { width });
  }
}

interface Placed {
  cell: CellModel;
  x: number;
  w: number;
}

function place(form: FormModel, row: CellModel[]): Placed[] {
  const widths = form.columns.map(mmToPt);
  let col = 0;
  return row.map((cell) => {
    const x = LEFT + widths.slice(0, col).reduce((a, b) => a + b, 0);
    const w = widths.slice(col, col + cell.colSpan).reduce((a, b) => a + b, 0);
    col += cell.colSpan;
    return { cell, x, w };
  });
}

/**
 * A cell's least height. A sign block sits at the bottom: sign lines, then （盖章） and the date at
 * the right; with a seal it is at least the seal's 42 mm, which presses over （盖章） and the date.
 */
function cellHeight(doc: Doc, c: CellModel, w: number): number {
  const text = c.text ? measure(doc, c.text, w - 2 * PAD) : 0;
  if (!c.sign) return text + 2 * PAD;
  const lines = (c.sign.lines.length + (c.sign.seal ? 1 : 0) + (c.sign.date ? 1 : 0) + 0.5) * doc.currentLineHeight(true);
  return text + Math.max(lines + 2 * PAD, c.sign.seal ? mmToPt(SEAL_MM) : 0);
}

function rowHeight(doc: Doc, form: FormModel, row: CellModel[]): number {
  let h = mmToPt(MIN_ROW_MM);
  for (const { cell, w } of place(form, row)) h = Math.max(h, cellHeight(doc, cell, w), cell.minHeightMm ? mmToPt(cell.minHeightMm) : 0);
  return h;
}

function drawRow(doc: Doc, form: FormModel, row: CellModel[], y: number, h: number): void {
  for (const { cell, x, w } of place(form, row)) {
    doc.lineWidth(0.75).rect(x, y, w, h).stroke();
    const inner = w - 2 * PAD;
    if (cell.text) {
      const th = measure(doc, cell.text, inner);
      // Labels and short values sit in the middle of the cell; long text and sign blocks start at the top.
      const top = cell.label || (!cell.sign && !cell.minHeightMm) ? y + (h - th) / 2 : y + PAD;
      write(doc, cell.text, x + PAD, top, inner, cell.label ? 'center' : cell.align);
    }
    if (cell.sign) {
      // From the bottom up: the date, （盖章） above it, the sign lines above those; the space
      // between the cell's text and the sign lines is for the opinion written by hand.
      const lh = doc.currentLineHeight(true);
      let ly = y + h - PAD - lh;
      if (cell.sign.date) {
        doc.text('年　　月　　日', x + PAD, ly, { width: inner - mmToPt(4), align: 'right' });
        ly -= lh;
      }
      if (cell.sign.seal) {
        doc.text('（盖章）', x + PAD, ly, { width: inner - mmToPt(10), align: 'right' });
        ly -= lh;
      }
      ly -= cell.sign.lines.length * lh;
      for (const line of cell.sign.lines) {
        doc.text(line, x + PAD, ly, { width: inner });
        ly += lh;
      }
    }
  }
}

/** Draw a form as a PDF: GB/T 9704 page, the title face for the title, 仿宋 (or its stand-in) for the rest. */
export function paintPdf(form: FormModel, fonts: PdfFonts): Promise<Buffer> {
  const when = buildTime();
  const doc = new PDFDocument({
    // No default Helvetica: its metrics would be read from disk for a face no form uses.
    font: null as unknown as string,
    size: 'A4',
    margins: { top: TOP, left: LEFT, right: mmToPt(PAGE_MM.width) - LEFT - WIDTH, bottom: mmToPt(PAGE_MM.height) - BOTTOM },
    info: { Title: form.title.join(''), Creator: 'zwpack', Producer: 'zwpack', CreationDate: when, ModDate: when },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  let y = TOP;
  use(doc, fonts.title, TITLE_PT);
  for (const line of form.title) {
    write(doc, line, LEFT, y, WIDTH, 'center');
    y += doc.currentLineHeight(true);
  }
  y += mmToPt(4);
  use(doc, fonts.body, BODY_PT);
  if (form.preface || form.unitNote) {
    if (form.preface) doc.text(form.preface, LEFT, y, { width: WIDTH * 0.75 });
    if (form.unitNote) doc.text(form.unitNote, LEFT, y, { width: WIDTH, align: 'right' });
    y += doc.currentLineHeight(true) * 1.4;
  }
  const header = form.rows.slice(0, form.headerRows);
  form.rows.forEach((row, i) => {
    const h = rowHeight(doc, form, row);
    if (y + h > BOTTOM && y > TOP + 1) {
      doc.addPage();
      y = TOP;
      if (i >= form.headerRows) {
        for (const hr of header) {
          const hh = rowHeight(doc, form, hr);
          drawRow(doc, form, hr, y, hh);
          y += hh;
        }
      }
    }
    drawRow(doc, form, row, y, h);
    y += h;
  });
  if (form.notes.length > 0) {
    use(doc, fonts.body, NOTE_PT);
    y += mmToPt(2);
    for (const note of form.notes) {
      const nh = doc.heightOfString(note, { width: WIDTH });
      if (y + nh > BOTTOM) {
        doc.addPage();
        y = TOP;
      }
      doc.text(note, LEFT, y, { width: WIDTH });
      y += nh + 2;
    }
  }
  doc.end();
  return done;
}
