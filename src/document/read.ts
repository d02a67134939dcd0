import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { convertWithSoffice, ConvertError, isOle } from '../office/soffice.js';
import { NotRegularFileError, regularSize } from '../fs/regular.js';
import { maxFileBytes, tooLarge } from '../fs/limits.js';
import type { Lang } from '../i18n/lang.js';
import { readText, TextReadError } from '../package/read-text.js';
import { DocumentReadError } from './model.js';
import type { DocumentModel } from './model.js';
import { OldWordError, readDocx } from './read-docx.js';
import { readMarkdown } from './read-markdown.js';
import { readPdf } from './read-pdf.js';

// PDFs are read asynchronously (pdfjs) before a package's synchronous checks pick them up here.
const pdfs = new Map<string, DocumentModel | DocumentReadError>();

/** Size and kind checks shared by every binary document. */
function checkedSize(abs: string): void {
  let size: number;
  try {
    size = regularSize(abs);
  } catch (err) {
    if (err instanceof NotRegularFileError) throw new DocumentReadError(err.zh, err.en);
    throw err;
  }
  // A file larger than the limit is refused before it is unzipped or parsed.
  if (size > maxFileBytes()) {
    const m = tooLarge(size, { zh: '文件', en: 'file' });
    throw new DocumentReadError(m.zh, m.en);
  }
}

/** Read a PDF into the model (or its reason for not), for readDocument to find later. */
export async function preloadPdf(abs: string): Promise<DocumentModel> {
  const hit = pdfs.get(abs);
  if (hit instanceof DocumentReadError) throw hit;
  if (hit) return hit;
  try {
    checkedSize(abs);
    const model = await readPdf(readFileSync(abs));
    pdfs.set(abs, model);
    return model;
  } catch (err) {
    if (err instanceof DocumentReadError) pdfs.set(abs, err);
    throw err;
  }
}

/** Read every PDF document of a package's docs/ folder (nothing is loaded for a package without one). */
export async function preloadPdfs(dir: string): Promise<void> {
  const docs = join(dir, 'docs');
  if (!existsSync(docs) || !statSync(docs).isDirectory()) return;
  for (const name of readdirSync(docs).filter((n) => /\.pdf$/i.test(n))) {
    await preloadPdf(join(docs, name)).catch((err: unknown) => {
      if (!(err instanceof DocumentReadError)) throw err;
    });
  }
}

/**
 * A word-processing file as a model: a .docx as it is; a .doc, .wps or .rtf, or a Word 97 file named
 * .docx, as LibreOffice saves it in .docx (returned too, for import to keep). Without LibreOffice, or
 * when it cannot convert the file, a DocumentReadError saying what to do.
 */
export function readWordFile(name: string, data: Buffer): { model: DocumentModel; converted?: Buffer } {
  let old: OldWordError | null = null;
  if (/\.docx$/i.test(name)) {
    try {
      return { model: readDocx(data) };
    } catch (err) {
      if (!(err instanceof OldWordError)) throw err;
      old = err;
    }
  }
  let converted: Buffer;
  try {
    converted = convertWithSoffice(name, data, 'docx');
  } catch (err) {
    if (!(err instanceof ConvertError)) throw err;
    throw new DocumentReadError(old ? `${old.zh.replace(/；.*$/, '')}；${err.zh}` : err.zh, old ? `${old.en.replace(/;.*$/, '')}; ${err.en}` : err.en);
  }
  return { model: readDocx(converted), converted };
}

/** The documents validate has read from a Word 97, WPS or RTF file: LibreOffice runs once per file and run. */
const converted = new Map<string, DocumentModel | DocumentReadError>();

/** Read a .docx (.doc, .wps, .rtf through LibreOffice), .pdf (preloaded) or Markdown file into the document model, refusing what is too large or not a regular file. */
export function readDocument(abs: string, lang: Lang): DocumentModel {
  if (/\.pdf$/i.test(abs)) {
    const hit = pdfs.get(abs);
    if (hit instanceof DocumentReadError) throw hit;
    if (hit) return hit;
    throw new DocumentReadError('PDF 不在 docs/ 目录中，未能读取', 'the PDF is not in docs/ and was not read');
  }
  if (/\.(docx|doc|wps|rtf)$/i.test(abs)) {
    let hit = converted.get(abs);
    if (!hit) {
      checkedSize(abs);
      const data = readFileSync(abs);
      if (/\.docx$/i.test(abs) && !isOle(data)) return readDocx(data);
      try {
        hit = readWordFile(basename(abs), data).model;
      } catch (err) {
        if (!(err instanceof DocumentReadError)) throw err;
        hit = err;
      }
      converted.set(abs, hit);
    }
    if (hit instanceof DocumentReadError) throw hit;
    return hit;
  }
  try {
    return readMarkdown(readText(abs, lang).text);
  } catch (err) {
    if (err instanceof TextReadError) throw new DocumentReadError(err.message, err.message);
    throw err;
  }
}
