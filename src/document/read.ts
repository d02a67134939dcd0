import { readFileSync } from 'node:fs';
import { NotRegularFileError, regularSize } from '../fs/regular.js';
import { maxFileBytes, tooLarge } from '../fs/limits.js';
import type { Lang } from '../i18n/lang.js';
import { readText, TextReadError } from '../package/read-text.js';
import { DocumentReadError } from './model.js';
import type { DocumentModel } from './model.js';
import { readDocx } from './read-docx.js';
import { readMarkdown } from './read-markdown.js';

/** Read a .docx or Markdown file into the document model, refusing what is too large or not a regular file. */
export function readDocument(abs: string, lang: Lang): DocumentModel {
  if (/\.docx$/i.test(abs)) {
    let size: number;
    try {
      size = regularSize(abs);
    } catch (err) {
      if (err instanceof NotRegularFileError) throw new DocumentReadError(err.zh, err.en);
      throw err;
    }
    // A Word file larger than the limit is refused before it is unzipped.
    if (size > maxFileBytes()) {
      const m = tooLarge(size, { zh: '文件', en: 'file' });
      throw new DocumentReadError(m.zh, m.en);
    }
    return readDocx(readFileSync(abs));
  }
  try {
    return readMarkdown(readText(abs, lang).text);
  } catch (err) {
    if (err instanceof TextReadError) throw new DocumentReadError(err.message, err.message);
    throw err;
  }
}
