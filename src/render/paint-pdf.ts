import PDFDocument from 'pdfkit';
import type { FormModel } from './model.js';
import type { FontFile, PdfFonts } from './fonts.js';
import { fontKey } from './fonts.js';
import { parsedFace } from './faces.js';
import { LINE, layoutForm } from './layout.js';
import type { FormLayout, Item, Measure } from './layout.js';
import { buildTime } from '../fs/zip-normalize.js';

type Doc = InstanceType<typeof PDFDocument>;

interface Face {
  unitsPerEm: number;
  glyphsForString(text: string): { advanceWidth: number }[];
}

/**
 * pdfkit is given the parsed face and a name to cache it under in the document (a face registered
 * under an alias, by contrast, is parsed again at every call).
 */
const use = (doc: Doc, f: FontFile, size: number): Doc => doc.font(parsedFace(f) as PDFKit.Mixins.PDFFontSource, fontKey(f)).fontSize(size);

const advance = (f: FontFile, text: string, size: number): number => {
  const face = parsedFace(f) as Face;
  let units = 0;
  for (const g of face.glyphsForString(text)) units += g.advanceWidth;
  return (units / face.unitsPerEm) * size;
};

/** Widths as the PDF will have them: the faces' advances, one glyph per character (see faces.ts). */
export function faceMeasure(fonts: PdfFonts): Measure {
  return { width: (text, size, face = 'body') => advance(face === 'title' ? fonts.title : fonts.body, text, size) };
}

export interface PdfOptions {
  /** The package has errors: every page carries a 草稿 watermark. */
  draft?: boolean;
}

/** A large light 草稿 across the page, under everything else. */
function watermark(doc: Doc, fonts: PdfFonts, width: number, height: number): void {
  doc.save();
  doc.rotate(-30, { origin: [width / 2, height / 2] });
  use(doc, fonts.title, 120).fillColor('#c8c8c8').fillOpacity(0.45);
  const w = doc.widthOfString('草稿');
  doc.text('草稿', (width - w) / 2, height / 2 - 80, { lineBreak: false });
  doc.restore();
  doc.fillColor('black').fillOpacity(1);
}

function draw(doc: Doc, item: Item, fonts: PdfFonts, m: Measure): void {
  if (item.kind === 'box') {
    doc.lineWidth(0.75).rect(item.x, item.y, item.w, item.h).stroke();
    return;
  }
  const face = item.face === 'title' ? fonts.title : fonts.body;
  use(doc, face, item.size);
  item.lines.forEach((line, i) => {
    // Each line is placed where the layout put it; pdfkit never wraps it again.
    const lw = m.width(line, item.size, item.face);
    const x = item.align === 'center' ? item.x + (item.w - lw) / 2 : item.align === 'right' ? item.x + item.w - lw : item.x;
    doc.text(line, x, item.y + i * item.size * (item.line ?? LINE), { lineBreak: false });
  });
}

/** The layout a form gets in PDF, measured with the faces it will be drawn in. */
export function pdfLayout(form: FormModel, fonts: PdfFonts): FormLayout {
  return layoutForm(form, faceMeasure(fonts));
}

/** Draw a form as a PDF: GB/T 9704 page, the title face for the title, 仿宋 (or its stand-in) for the rest. */
export function paintPdf(form: FormModel, fonts: PdfFonts, o: PdfOptions = {}): Promise<Buffer> {
  return paintLaidPdf(layoutForm(form, faceMeasure(fonts)), form.title.join(''), fonts, o);
}

/** Draw pages already laid out (a form's, a letter's) with the faces they were measured in. */
export function paintLaidPdf(lay: FormLayout, title: string, fonts: PdfFonts, o: PdfOptions = {}): Promise<Buffer> {
  const when = buildTime();
  const measures = faceMeasure(fonts);
  const doc = new PDFDocument({
    // No default Helvetica: its metrics would be read from disk for a face no form uses.
    font: null as unknown as string,
    autoFirstPage: false,
    info: { Title: title, Creator: 'zwpack', Producer: 'zwpack', CreationDate: when, ModDate: when },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  for (const page of lay.pages) {
    doc.addPage({ size: 'A4', layout: lay.frame.landscape ? 'landscape' : 'portrait', margin: 0 });
    if (o.draft) watermark(doc, fonts, lay.frame.width, lay.frame.height);
    for (const item of page.items) draw(doc, item, fonts, measures);
  }
  doc.end();
  return done;
}
