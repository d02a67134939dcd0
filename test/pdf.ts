import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** One run of text as pdfjs reads it: page (1-based), top-left corner and size in points from the page's top left, font. */
export interface PdfRun {
  page: number;
  str: string;
  x: number;
  y: number;
  w: number;
  h: number;
  font: string;
}

export interface PdfFont {
  name: string;
  embedded: boolean;
}

export interface PdfRead {
  pages: { width: number; height: number }[];
  runs: PdfRun[];
  fonts: PdfFont[];
  info: Record<string, unknown>;
}

/** Read a PDF back with pdfjs (no system program): text with positions, fonts, document info. */
export async function readPdf(file: string): Promise<PdfRead> {
  const doc = await getDocument({ data: new Uint8Array(readFileSync(file)), fontExtraProperties: true, isEvalSupported: false, useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
  const out: PdfRead = { pages: [], runs: [], fonts: [], info: (await doc.getMetadata()).info as Record<string, unknown> };
  const fonts = new Map<string, PdfFont>();
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const [, , width, height] = page.view as [number, number, number, number];
    out.pages.push({ width, height });
    await page.getOperatorList();
    const content = await page.getTextContent();
    for (const item of content.items) {
      if (!('str' in item) || item.str.trim() === '') continue;
      const [, , , d, e, f] = item.transform as number[];
      const size = Math.abs(d!);
      // pdfjs gives the baseline; the run's box reaches about one size above it.
      out.runs.push({ page: n, str: item.str, x: e!, y: height - f! - size * 0.88, w: item.width, h: size, font: item.fontName });
      if (!fonts.has(item.fontName)) {
        const font = page.commonObjs.get(item.fontName) as { name?: string; missingFile?: boolean };
        fonts.set(item.fontName, { name: font.name ?? item.fontName, embedded: font.missingFile === false });
      }
    }
    page.cleanup();
  }
  out.fonts = [...fonts.values()];
  await doc.destroy();
  return out;
}

/**
 * The text of a page (or all) in reading order, as a person reads a form: the lines of one cell
 * (runs stacked close under each other, overlapping across) form a block; blocks that share a
 * band of height form a row, read left to right; rows are read top to bottom.
 */
export function pdfTextOf(read: PdfRead, page?: number): string {
  const out: string[] = [];
  for (let n = 1; n <= read.pages.length; n++) {
    if (page !== undefined && n !== page) continue;
    const runs: PdfRun[] = [];
    // pdfjs cuts 年　　月　　日 at its wide spaces: glue such one- or two-character pieces of a line back together.
    for (const r of read.runs.filter((x) => x.page === n).sort((a, b) => a.y - b.y || a.x - b.x)) {
      const last = runs[runs.length - 1];
      if (last && Math.abs(last.y - r.y) < 0.3 * r.h && r.x - (last.x + last.w) < 2.1 * r.h && [...r.str].length <= 2 && [...last.str.trim()].length <= 2 + (last.str.length - last.str.trim().length)) {
        runs[runs.length - 1] = { ...last, str: last.str + r.str, w: r.x + r.w - last.x };
      } else runs.push({ ...r });
    }
    const blocks: { runs: PdfRun[]; top: number; bottom: number; x: number; x2: number }[] = [];
    for (const r of runs) {
      const b = blocks.find((k) => {
        const last = k.runs[k.runs.length - 1]!;
        const gap = r.y - last.y;
        return gap > r.h * 0.5 && gap < r.h * 1.7 && r.x < last.x + last.w && last.x < r.x + r.w;
      });
      if (b) {
        b.runs.push(r);
        b.bottom = r.y + r.h;
        b.x = Math.min(b.x, r.x);
      } else blocks.push({ runs: [r], top: r.y, bottom: r.y + r.h, x: r.x, x2: r.x + r.w });
    }
    blocks.sort((a, b) => a.top - b.top || a.x - b.x);
    const rows: (typeof blocks)[] = [];
    let bottom = -Infinity;
    for (const b of blocks) {
      if (rows.length > 0 && b.top < bottom - 1) {
        rows[rows.length - 1]!.push(b);
        bottom = Math.max(bottom, b.bottom);
      } else {
        rows.push([b]);
        bottom = b.bottom;
      }
    }
    for (const row of rows) out.push(row.sort((a, b) => a.x - b.x).map((b) => b.runs.map((r) => r.str).join('')).join(' '));
  }
  return out.join('\n');
}
