import { writeFileAtomic } from '../fs/atomic.js';
import type { FormModel } from './model.js';
import type { PdfFonts } from './fonts.js';
import type { DocxFonts } from '../forms/page.js';

export type Format = 'docx' | 'pdf';

export interface PaintOptions {
  formats: Format[];
  pdfFonts: PdfFonts;
  docxFonts: DocxFonts;
  /** The package did not pass its checks: mark every page 草稿. */
  draft?: boolean;
}

/** Paint a form in each format and write each file atomically; returns the paths written. */
export async function writeForm(form: FormModel, outBase: string, o: PaintOptions): Promise<string[]> {
  const written: string[] = [];
  for (const f of o.formats) {
    // Each painter's library is loaded only when its format is asked for.
    const paint = { draft: o.draft === true };
    const bytes = f === 'pdf' ? await (await import('./paint-pdf.js')).paintPdf(form, o.pdfFonts, paint) : await (await import('./paint-docx.js')).paintDocx(form, o.docxFonts, paint);
    const path = `${outBase}.${f}`;
    writeFileAtomic(path, bytes);
    written.push(path);
  }
  return written;
}
