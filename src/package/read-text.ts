import { readFileSync } from 'node:fs';
import { NotRegularFileError, notRegularMessage, regularSize } from '../fs/regular.js';
import type { Lang } from '../i18n/lang.js';
import { pick } from '../i18n/lang.js';

/** A text file larger than this is refused: no real facts or table file comes near it. */
export const MAX_TEXT_BYTES = 5 * 1024 * 1024;

export interface TextFile {
  text: string;
  /** Set when the bytes were not UTF-8 and were decoded as GB18030. */
  decodedFrom: 'gb18030' | 'utf-16' | null;
}

/** Why a file could not be read as text, in the user's language. */
export class TextReadError extends Error {}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Read a text file the way a consultant's folder holds it: with or without a BOM,
 * as UTF-8, UTF-16 (BOM) or GBK/GB18030 (old Windows tools), refusing huge files.
 */
export function readText(path: string, lang: Lang): TextFile {
  let size: number;
  try {
    size = regularSize(path);
  } catch (err) {
    if (err instanceof NotRegularFileError) throw new TextReadError(notRegularMessage(err, lang));
    throw err;
  }
  if (size > MAX_TEXT_BYTES) {
    throw new TextReadError(
      pick(
        lang,
        `文件过大（${(size / 1048576).toFixed(1)} MB），上限为 ${MAX_TEXT_BYTES / 1048576} MB`,
        `file too large (${(size / 1048576).toFixed(1)} MB); the limit is ${MAX_TEXT_BYTES / 1048576} MB`,
      ),
    );
  }
  const buf = readFileSync(path);
  if (buf[0] === 0xff && buf[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(buf.subarray(2)), decodedFrom: 'utf-16' };
  }
  if (buf[0] === 0xfe && buf[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(buf.subarray(2)), decodedFrom: 'utf-16' };
  }
  const body = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? buf.subarray(3) : buf;
  if (body.includes(0)) {
    throw new TextReadError(pick(lang, '不是文本文件（含有 NUL 字节）', 'not a text file (contains NUL bytes)'));
  }
  try {
    return { text: utf8.decode(body), decodedFrom: null };
  } catch {
    // Not UTF-8: the usual culprit is a GBK export; GB18030 is its superset.
    return { text: new TextDecoder('gb18030').decode(body), decodedFrom: 'gb18030' };
  }
}
