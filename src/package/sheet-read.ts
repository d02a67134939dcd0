import { inflateEntry, listZipEntries, streamEntry, ZipFormatError } from '../fs/zip-read.js';
import type { ZipEntry } from '../fs/zip-read.js';
import { unescapeXml } from '../xml-chars.js';

/**
 * The cells of an .xlsx workbook's sheets, read straight from its XML as zlib inflates it: no object
 * model of the whole workbook is built, every part stops at its limit whatever the zip's headers
 * claim, and only the rows and columns a table can use are kept.
 */

/** What a cell holds once its shared string, style and formula are resolved. */
export interface SheetCell {
  kind: 'text' | 'number' | 'boolean' | 'date' | 'error' | 'empty';
  /** Text as written; a number; a boolean; a date as YYYY-MM-DD; an error as Excel shows it (`#DIV/0!`). */
  value: string | number | boolean | null;
  /** A formula: its value is the result saved with it (kind `empty` when none was saved). */
  formula: boolean;
}

export interface SheetRow {
  hidden: boolean;
  /** By column number, 1-based; a column past MAX_COLUMNS is not kept. */
  cells: (SheetCell | undefined)[];
}

export interface Sheet {
  name: string;
  /** The last row number seen (at most one past the row limit). */
  rowCount: number;
  columnCount: number;
  row(r: number): SheetRow | undefined;
  /** The cell at (r, c), or the first cell of the merged range it lies in. */
  cell(r: number, c: number): SheetCell | undefined;
  /** Whether (r, c) lies in a merged range and is not its first cell. */
  covered(r: number, c: number): boolean;
}

/** A part of the workbook passes its limit (a row's XML too: no row needs that much); `part` names it. */
export class SheetTooLargeError extends Error {
  constructor(readonly part: string) {
    super(`${part} is too large`);
  }
}

/** No table reads past this column (a header is looked for in the first 60). */
export const MAX_COLUMNS = 60;

export interface SheetLimits {
  /** Rows kept per sheet; a row past it is counted once and the rest of the sheet is skipped. */
  rows: number;
  /** Each worksheet may inflate to this many bytes, and all parts together to twice that. */
  sheetBytes: number;
}

const SHARED_STRINGS_BYTES = 64 * 1024 * 1024;
const SMALL_PART_BYTES = 16 * 1024 * 1024;
/** One row's XML may be this long: a row of 60 full cells is well under it. */
const ROW_BYTES = 16 * 1024 * 1024;

/** XML entities, then the `_xHHHH_` escapes OOXML writes for control characters. */
const unescape = (s: string): string => {
  const x = unescapeXml(s);
  return x.indexOf('_x') < 0 ? x : x.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
};

const attrOf = (attrs: string, name: string): string | undefined => {
  const i = attrs.indexOf(` ${name}="`);
  if (i < 0) return undefined;
  const start = i + name.length + 3;
  return attrs.slice(start, attrs.indexOf('"', start));
};

/** The text of the `<t>` elements of a string item, leaving out phonetic runs (`<rPh>`). */
function itemText(xml: string): string {
  const body = xml.indexOf('<rPh') < 0 ? xml : xml.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, '');
  let out = '';
  for (const m of body.matchAll(/<(?:\w+:)?t(?:\s[^>]*)?>([^<]*)<\/(?:\w+:)?t>/g)) out += m[1];
  return unescape(out);
}

/** `AB12` → column 28. */
function columnOf(ref: string): number {
  let c = 0;
  for (let i = 0; i < ref.length; i++) {
    const k = ref.charCodeAt(i);
    if (k < 65 || k > 90) break;
    c = c * 26 + (k - 64);
  }
  return c;
}
const rowOf = (ref: string): number => Number(ref.replace(/^[A-Z]+/, ''));

/** The number formats that show a date: the built-in ones (Chinese locales add 27–36 and 50–58) and custom ones with y, m or d outside quotes. */
const BUILTIN_DATES = new Set([14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 34, 35, 36, 50, 51, 52, 53, 54, 57, 58]);
const customIsDate = (code: string): boolean => /[ymd]/i.test(code.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, ''));

function dateStyles(xml: string | null): boolean[] {
  if (!xml) return [];
  const custom = new Map<number, string>();
  for (const m of xml.matchAll(/<(?:\w+:)?numFmt\b([^>]*)>/g)) {
    const id = Number(attrOf(m[1]!, 'numFmtId'));
    const code = attrOf(m[1]!, 'formatCode');
    if (code !== undefined) custom.set(id, unescape(code));
  }
  const xfs = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(xml)?.[1] ?? '';
  const out: boolean[] = [];
  for (const m of xfs.matchAll(/<(?:\w+:)?xf\b([^>]*)>/g)) {
    const id = Number(attrOf(m[1]!, 'numFmtId') ?? 0);
    const code = custom.get(id);
    out.push(code !== undefined ? customIsDate(code) : BUILTIN_DATES.has(id));
  }
  return out;
}

/** An Excel serial day as YYYY-MM-DD, in the workbook's date system. */
function serialDate(serial: number, from1904: boolean): string {
  const epoch = from1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  return new Date(epoch + Math.round(serial * 86400) * 1000).toISOString().slice(0, 10);
}

/**
 * Feed text as it arrives; `take` gets each stretch that ends with `end`, and whatever follows the last
 * one waits for the next chunk. A stretch longer than `max` with no `end` in it is a SheetTooLargeError.
 */
function splitter(end: string, max: number, part: string, take: (text: string) => void): { push(chunk: Buffer): void; rest(): string } {
  const decoder = new TextDecoder('utf-8');
  // The text since the last `end`, in pieces: joined only when an `end` arrives, so a stretch without
  // one costs its length once, not once per chunk.
  let pieces: string[] = [];
  let length = 0;
  let edge = '';
  return {
    push(chunk) {
      const text = decoder.decode(chunk, { stream: true });
      // Only the new text, and the characters before it an `end` may straddle, is searched.
      const at = (edge + text).lastIndexOf(end);
      if (at < 0) {
        pieces.push(text);
        length += text.length;
        if (length > max) throw new SheetTooLargeError(part);
        edge = (edge + text).slice(-(end.length - 1));
        return;
      }
      pieces.push(text);
      const whole = pieces.join('');
      const cut = whole.length - text.length - edge.length + at + end.length;
      take(whole.slice(0, cut));
      const rest = whole.slice(cut);
      pieces = [rest];
      length = rest.length;
      edge = rest.slice(-(end.length - 1));
      if (length > max) throw new SheetTooLargeError(part);
    },
    rest() {
      return pieces.join('') + decoder.decode();
    },
  };
}

interface Merge {
  r1: number;
  r2: number;
  c1: number;
}

interface Parts {
  entries: Map<string, ZipEntry>;
  buf: Buffer;
  left: number;
}

function small(parts: Parts, name: string): string | null {
  const e = parts.entries.get(name);
  if (!e) return null;
  const data = inflateEntry(parts.buf, e, Math.min(SMALL_PART_BYTES, parts.left));
  parts.left -= data.length;
  return data.toString('utf8');
}

async function sharedStrings(parts: Parts, name: string): Promise<string[]> {
  const e = parts.entries.get(name);
  const out: string[] = [];
  if (!e) return out;
  const s = splitter('</si>', SHARED_STRINGS_BYTES, name, (text) => {
    for (const m of text.matchAll(/<(?:\w+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?si>)/g)) out.push(m[1] ? itemText(m[1]) : '');
  });
  parts.left -= await streamEntry(parts.buf, e, Math.min(SHARED_STRINGS_BYTES, parts.left), (chunk) => s.push(chunk));
  return out;
}

/** Where each sheet's XML is, in the workbook's order, through the workbook's relationships. */
function sheetList(workbook: string, rels: string | null): { name: string; path: string }[] {
  const targets = new Map<string, string>();
  for (const m of (rels ?? '').matchAll(/<(?:\w+:)?Relationship\b([^>]*)>/g)) {
    const id = attrOf(m[1]!, 'Id');
    const target = attrOf(m[1]!, 'Target');
    if (id && target && /\/worksheet$/.test(attrOf(m[1]!, 'Type') ?? '')) targets.set(id, target);
  }
  const out: { name: string; path: string }[] = [];
  for (const m of workbook.matchAll(/<(?:\w+:)?sheet\b([^>]*)>/g)) {
    const id = /\br:id="([^"]*)"/.exec(m[1]!)?.[1] ?? /\b[\w]+:id="([^"]*)"/.exec(m[1]!)?.[1];
    const target = id ? targets.get(id) : undefined;
    if (!target) continue;
    const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`.replace(/\/\.\//g, '/');
    out.push({ name: unescape(attrOf(m[1]!, 'name') ?? ''), path });
  }
  return out;
}

async function readSheet(parts: Parts, name: string, path: string, strings: string[], dates: boolean[], from1904: boolean, limits: SheetLimits): Promise<Sheet> {
  const rows = new Map<number, SheetRow>();
  let rowCount = 0;
  let columnCount = 0;
  let full = false;
  let lastRow = 0;
  const merges: Merge[][] = [];
  const cellOf = (attrs: string, body: string | undefined): SheetCell => {
    const t = attrOf(attrs, 't');
    const formula = body !== undefined && /<(?:\w+:)?f\b/.test(body);
    const v = body === undefined ? undefined : /<(?:\w+:)?v>([^<]*)<\/(?:\w+:)?v>/.exec(body)?.[1];
    if (t === 'inlineStr') {
      const is = body === undefined ? undefined : /<(?:\w+:)?is>([\s\S]*?)<\/(?:\w+:)?is>/.exec(body)?.[1];
      return { kind: 'text', value: is === undefined ? '' : itemText(is), formula };
    }
    if (v === undefined) return { kind: 'empty', value: null, formula };
    if (t === 's') return { kind: 'text', value: strings[Number(v)] ?? '', formula };
    if (t === 'str') return { kind: 'text', value: unescape(v), formula };
    if (t === 'b') return { kind: 'boolean', value: v.trim() === '1' || v.trim() === 'true', formula };
    if (t === 'e') return { kind: 'error', value: unescape(v), formula };
    if (t === 'd') return { kind: 'date', value: v.slice(0, 10), formula };
    const n = Number(v);
    if (v.trim() === '' || !Number.isFinite(n)) return { kind: 'text', value: unescape(v), formula };
    const s = Number(attrOf(attrs, 's') ?? 0);
    return dates[s] ? { kind: 'date', value: serialDate(n, from1904), formula } : { kind: 'number', value: n, formula };
  };
  const takeRows = (text: string): void => {
    if (full) return;
    for (const m of text.matchAll(/<(?:\w+:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?row>)/g)) {
      const attrs = m[1]!;
      const r = Number(attrOf(attrs, 'r') ?? lastRow + 1);
      lastRow = r;
      if (r > limits.rows) {
        // One row past the limit says there are more; the rest of the sheet is not read.
        rowCount = Math.max(rowCount, limits.rows + 1);
        full = true;
        return;
      }
      rowCount = Math.max(rowCount, r);
      const hidden = /^(1|true)$/.test(attrOf(attrs, 'hidden') ?? '');
      const cells: (SheetCell | undefined)[] = [];
      let lastCol = 0;
      if (m[2]) {
        for (const c of m[2].matchAll(/<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g)) {
          const ref = attrOf(c[1]!, 'r');
          const col = ref ? columnOf(ref) : lastCol + 1;
          lastCol = col;
          if (col < 1 || col > MAX_COLUMNS) continue;
          cells[col] = cellOf(c[1]!, c[2]);
          if (col > columnCount) columnCount = col;
        }
      }
      rows.set(r, { hidden, cells });
    }
  };
  const e = parts.entries.get(path);
  if (!e) throw new ZipFormatError(`no ${path}`);
  // Past the last row only the merged ranges matter: the rows' text is dropped as it comes.
  const tail: string[] = [];
  const rowsIn = splitter('</row>', ROW_BYTES, path, takeRows);
  let inTail = false;
  let carry = Buffer.alloc(0);
  const MERGES = Buffer.from('<mergeCells');
  parts.left -= await streamEntry(parts.buf, e, Math.min(limits.sheetBytes, parts.left), (chunk) => {
    if (!full) return rowsIn.push(chunk);
    if (inTail) return void tail.push(chunk.toString('latin1'));
    // Searched in the bytes, not decoded: past the row limit most of a large sheet only passes through here.
    const bytes = carry.length ? Buffer.concat([carry, chunk]) : chunk;
    const at = bytes.indexOf(MERGES);
    if (at < 0) {
      carry = Buffer.from(bytes.subarray(Math.max(0, bytes.length - MERGES.length)));
      return;
    }
    inTail = true;
    tail.push(bytes.subarray(at).toString('latin1'));
  });
  // What waited after the last row (the merged ranges when the rows all fit), then what came after the limit.
  const rest = rowsIn.rest() + tail.join('');
  takeRows(rest);
  for (const m of rest.matchAll(/<(?:\w+:)?mergeCell\b[^>]*\bref="([A-Z]+)(\d+):([A-Z]+)(\d+)"/g)) {
    const [c1, r1, c2, r2] = [columnOf(m[1]!), Number(m[2]), columnOf(m[3]!), Number(m[4])];
    for (let c = c1; c <= Math.min(c2, MAX_COLUMNS); c++) (merges[c] ??= []).push({ r1, r2, c1 });
  }
  for (const list of merges) list?.sort((a, b) => a.r1 - b.r1);
  /** The merged range (r, c) lies in: ranges of one column do not overlap, so the last one starting above is the only candidate. */
  const mergeAt = (r: number, c: number): Merge | undefined => {
    const list = merges[c];
    if (!list) return undefined;
    let lo = 0;
    let hi = list.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (list[mid]!.r1 <= r) lo = mid;
      else hi = mid - 1;
    }
    const m = list[lo];
    return m && m.r1 <= r && r <= m.r2 ? m : undefined;
  };
  return {
    name,
    rowCount,
    columnCount,
    row: (r) => rows.get(r),
    cell(r, c) {
      const m = mergeAt(r, c);
      return m ? rows.get(m.r1)?.cells[m.c1] : rows.get(r)?.cells[c];
    },
    covered(r, c) {
      const m = mergeAt(r, c);
      return m !== undefined && (m.r1 !== r || m.c1 !== c);
    },
  };
}

/**
 * Every worksheet of an .xlsx (chart sheets have no cells). Errors: ZipFormatError (and
 * ZipDuplicateError) for an archive that is damaged, ambiguous or missing a part; ZipTooLargeError
 * or SheetTooLargeError for a part past its limit.
 */
export async function readSheets(buf: Buffer, limits: SheetLimits): Promise<Sheet[]> {
  const entries = new Map(listZipEntries(buf).map((e) => [e.name.replace(/\\/g, '/'), e]));
  const parts: Parts = { entries, buf, left: 2 * limits.sheetBytes };
  const workbook = small(parts, 'xl/workbook.xml');
  if (workbook === null) throw new ZipFormatError('no xl/workbook.xml');
  const from1904 = /<(?:\w+:)?workbookPr\b[^>]*\bdate1904="(1|true)"/.test(workbook);
  const dates = dateStyles(small(parts, 'xl/styles.xml'));
  const strings = await sharedStrings(parts, 'xl/sharedStrings.xml');
  const out: Sheet[] = [];
  for (const { name, path } of sheetList(workbook, small(parts, 'xl/_rels/workbook.xml.rels'))) {
    if (!entries.has(path)) continue;
    out.push(await readSheet(parts, name, path, strings, dates, from1904, limits));
  }
  return out;
}
