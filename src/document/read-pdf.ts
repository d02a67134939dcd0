import { sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { coverOf, DocumentReadError } from './model.js';
import type { BodyText, DocumentModel, Heading } from './model.js';
import { levelsByNumbering, normalizeTitle, numberingOf } from './numbering.js';
import { maxOf } from '../arrays.js';
import { importEsm } from '../fs/import-esm.js';
import { vendored } from '../fs/vendored.js';

// A submitted PDF read into the same model as a DOCX: its text as lines, page by page (a line is
// the runs that share a baseline), the bookmarks as headings when it has them, else the numbered
// lines. Tables are not rebuilt from a PDF's positions: the DOCX beside it, or the workbook, has them.

/** Fewer characters than this per page on average: a scan, whatever its few stray runs say. */
const SCAN_CHARS_PER_PAGE = 10;

interface Run {
  str: string;
  x: number;
  y: number;
  w: number;
  size: number;
}

interface Line {
  text: string;
  x0: number;
  x1: number;
  size: number;
}

/** The runs of one page as lines, top to bottom; a gap wider than a third of the type size is a space. */
function linesOf(runs: Run[]): Line[] {
  const sorted = [...runs].sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Run[][] = [];
  for (const r of sorted) {
    const last = rows.at(-1);
    if (last && Math.abs(last[0]!.y - r.y) <= Math.max(2, r.size * 0.3)) last.push(r);
    else rows.push([r]);
  }
  return rows.map((row) => {
    row.sort((a, b) => a.x - b.x);
    let text = '';
    let end = -Infinity;
    for (const r of row) {
      if (text !== '' && r.x - end > r.size / 3 && !text.endsWith(' ')) text += ' ';
      text += r.str;
      end = r.x + r.w;
    }
    return { text: text.replace(/\s+/g, ' ').trim(), x0: row[0]!.x, x1: end, size: maxOf(row.map((r) => r.size)) };
  }).filter((l) => l.text !== '');
}

/**
 * A paragraph wraps onto the next line where its line runs to the right edge of the page's text and
 * stops mid-sentence: those lines are joined, so a sentence (and an amount split at `1,234.` | `56万元`)
 * is read whole, as in the DOCX it came from.
 */
function paragraphsOf(lines: Line[]): { text: string; size: number }[] {
  const right = maxOf(lines.map((l) => l.x1));
  const out: { text: string; size: number }[] = [];
  let open = false;
  for (const l of lines) {
    // A line in another type size, or one that starts a numbered item, starts a paragraph of its own.
    if (open && out.length > 0 && Math.abs(out.at(-1)!.size - l.size) < 0.5 && numberingOf(l.text) === null) out[out.length - 1]!.text += l.text;
    else out.push({ text: l.text, size: l.size });
    open = l.x1 >= right - 2 * l.size && !/[。；;！？!?：:]$/.test(l.text);
  }
  return out;
}

interface OutlineNode {
  title: string;
  dest: string | unknown[] | null;
  items: OutlineNode[];
}

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<Pdfjs> | undefined;

/**
 * pdfjs-dist, loaded once and only when a PDF is read. At load it tells console.log it cannot draw
 * pages without a canvas package; zwpack reads text alone, so that notice is not shown.
 */
function loadPdfjs(): Promise<Pdfjs> {
  pdfjs ??= (async () => {
    const log = console.log;
    console.log = () => {};
    try {
      return await importEsm<Pdfjs>(pathToFileURL(vendored('pdfjs/pdf.mjs', 'pdfjs-dist', 'legacy/build/pdf.mjs')).href);
    } finally {
      console.log = log;
    }
  })();
  return pdfjs;
}

/** The Chinese CMaps, for PDFs whose fonts are not embedded and name a predefined encoding (UniGB-UCS2-H). */
const cMapUrl = (): string => vendored('pdfjs/cmaps', 'pdfjs-dist', 'cmaps') + sep;

/** Read a PDF's text layer. */
export async function readPdf(buf: Uint8Array): Promise<DocumentModel> {
  const { getDocument } = await loadPdfjs();
  let doc;
  try {
    doc = await getDocument({ data: new Uint8Array(buf), isEvalSupported: false, useSystemFonts: false, disableFontFace: true, stopAtErrors: true, verbosity: 0, cMapUrl: cMapUrl(), cMapPacked: true }).promise;
  } catch (err) {
    const name = (err as Error).name;
    if (name === 'PasswordException') throw new DocumentReadError('PDF 已加密，无法读取文字，请提供未加密的版本', 'the PDF is encrypted: provide an unencrypted copy');
    throw new DocumentReadError(`PDF 已损坏或不是 PDF（${(err as Error).message}）`, `the PDF is damaged or not a PDF (${(err as Error).message})`);
  }
  try {
    const body: BodyText[] = [];
    /** The type size of each paragraph of `body`, by index. */
    const sizes: number[] = [];
    const pageStarts: number[] = [];
    let chars = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      // No NFKC pass over every run: the checks fold full-width forms themselves, where it matters.
      const content = await page.getTextContent({ disableNormalization: true });
      const runs: Run[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const t = item.transform as number[];
        runs.push({ str: item.str, x: t[4]!, y: t[5]!, w: item.width, size: Math.abs(t[3]!) || Math.abs(t[0]!) });
        chars += item.str.trim().length;
      }
      pageStarts.push(body.length + 1);
      const lines = linesOf(runs);
      if (lines.length > 0) {
        for (const p of paragraphsOf(lines)) {
          body.push({ line: body.length + 1, text: p.text });
          sizes.push(p.size);
        }
      }
      page.cleanup();
    }
    if (doc.numPages > 0 && chars < SCAN_CHARS_PER_PAGE * doc.numPages) {
      throw new DocumentReadError('扫描件，无法检查文字，请同时提供可编辑版本', 'a scan: its text cannot be checked; provide an editable version too');
    }
    const at = new Set<number>();
    const headings = await bookmarkHeadings(doc, body, pageStarts, at);
    if (headings.length === 0) {
      // No bookmarks: the numbered lines set larger than the body text (the size most characters are
      // set in); all numbered lines when none is.
      const chars = new Map<number, number>();
      body.forEach((b, i) => chars.set(Math.round(sizes[i]!), (chars.get(Math.round(sizes[i]!)) ?? 0) + b.text.length));
      const bodySize = [...chars].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
      const larger = body.filter((_, i) => sizes[i]! > bodySize * 1.1);
      const pool = levelsByNumbering(larger.map((b) => b.text)).length > 0 ? larger : body;
      for (const { at: i, level } of levelsByNumbering(pool.map((b) => b.text))) {
        headings.push({ level, text: pool[i]!.text, line: pool[i]!.line });
        at.add(pool[i]!.line);
      }
    }
    const rest = body.filter((b) => !at.has(b.line));
    return { kind: 'pdf', headings, body: rest, cover: coverOf(headings, rest), tables: [], pageStarts };
  } finally {
    await doc.destroy();
  }
}

type PdfDoc = Awaited<ReturnType<Pdfjs['getDocument']>['promise']>;

/**
 * The bookmarks as headings, each at the first line of its page that carries its title (added to
 * `matched`, so it is not body text too), else at the page's first line.
 */
async function bookmarkHeadings(doc: PdfDoc, body: BodyText[], pageStarts: number[], matched: Set<number>): Promise<Heading[]> {
  const outline = ((await doc.getOutline()) ?? []) as OutlineNode[];
  const out: Heading[] = [];
  const walk = async (nodes: OutlineNode[], level: number): Promise<void> => {
    for (const node of nodes) {
      let page: number | null = null;
      try {
        const dest = typeof node.dest === 'string' ? await doc.getDestination(node.dest) : node.dest;
        if (Array.isArray(dest) && dest[0] && typeof dest[0] === 'object') page = await doc.getPageIndex(dest[0] as { num: number; gen: number });
        else if (Array.isArray(dest) && typeof dest[0] === 'number') page = dest[0];
      } catch {
        page = null;
      }
      if (page !== null && page < pageStarts.length) {
        const from = pageStarts[page]!;
        const to = pageStarts[page + 1] ?? body.length + 1;
        const want = normalizeTitle(node.title);
        const hit = body.slice(from - 1, to - 1).find((b) => want !== '' && normalizeTitle(b.text) === want && !matched.has(b.line));
        if (hit) matched.add(hit.line);
        out.push({ level, text: node.title.trim(), line: hit?.line ?? from });
      }
      if (node.items?.length) await walk(node.items, level + 1);
    }
  };
  await walk(outline, 1);
  return out.sort((a, b) => a.line - b.line);
}
