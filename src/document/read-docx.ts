import { coverOf, DocumentReadError, MAX_COLUMNS } from './model.js';
import { readZipEntries, ZipDuplicateError, ZipFormatError, ZipTooLargeError } from '../fs/zip-read.js';
import { unescapeXml } from '../xml-chars.js';
import { isEncryptedOoxml } from '../office/soffice.js';
import type { BodyText, Cell, DocTable, DocumentModel, Heading } from './model.js';
import { levelsByNumbering } from './numbering.js';

/**
 * Larger parts than this are refused, whatever the zip's headers claim: a zip bomb inflates a few KB
 * into gigabytes. A document body of 64 MB is some 30,000 pages of text; it is held whole while read.
 */
export const MAX_PART_BYTES = 64 * 1024 * 1024;

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (buf: Uint8Array, sig: number[]): boolean => sig.every((b, i) => buf[i] === b);

/** A Word 97 or WPS file with a .docx name: LibreOffice can read it where it is installed. */
export class OldWordError extends DocumentReadError {}


/** Unzip only the parts the outline needs, refusing what is not a DOCX with a reason. */
function parts(buf: Uint8Array): { document: string; styles: string | null } {
  if (startsWith(buf, OLE)) {
    if (isEncryptedOoxml(buf)) {
      throw new DocumentReadError('文档已加密（设置了打开密码），请在 Word/WPS 中取消密码后另存为 .docx', 'the document is encrypted (password-protected); remove the password in Word/WPS and save it as .docx again');
    }
    throw new OldWordError('这是旧版 Word（.doc）或 WPS（.wps）格式，只是改了扩展名；请在 Word/WPS 中“另存为” .docx', 'this is an old Word (.doc) or WPS (.wps) file with a .docx name; use "Save as" .docx in Word/WPS');
  }
  if (!startsWith(buf, ZIP)) {
    throw new DocumentReadError('不是 DOCX 文件（DOCX 是 zip 压缩包，此文件不是）；请用 Word/WPS 另存为 .docx', 'not a DOCX file (a DOCX is a zip archive and this is not); save it as .docx in Word/WPS');
  }
  const bomb = (): DocumentReadError => new DocumentReadError(`文档正文解压后超过 ${MAX_PART_BYTES / 1024 / 1024} MB，疑似压缩炸弹，已拒绝读取`, `the document body inflates to more than ${MAX_PART_BYTES / 1024 / 1024} MB (a zip bomb?); refused`);
  const damaged = (why: string): DocumentReadError =>
    new DocumentReadError(`DOCX 压缩包已损坏（${why}），请用 Word/WPS 打开后重新保存`, `the DOCX archive is damaged (${why}); open it in Word/WPS and save it again`);
  let found: Map<string, Buffer>;
  try {
    found = readZipEntries(Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength), ['word/document.xml', 'word/styles.xml'], MAX_PART_BYTES);
  } catch (err) {
    if (err instanceof ZipTooLargeError) throw bomb();
    if (err instanceof ZipDuplicateError) {
      throw new DocumentReadError(`压缩包里有两个「${err.entryName}」，无法确定哪个是文档：请用 Word/WPS 打开后重新保存`, `the archive holds "${err.entryName}" twice, so which one is the document is unclear: open it in Word/WPS and save it again`);
    }
    // No second, unlimited unzip of what this reader refuses: a damaged header is where a bomb hides.
    if (err instanceof ZipFormatError) throw damaged(err.message);
    throw err;
  }
  const doc = found.get('word/document.xml');
  if (!doc) {
    throw new DocumentReadError('压缩包里没有 word/document.xml，不是 Word 文档', 'the archive has no word/document.xml: not a Word document');
  }
  const styles = found.get('word/styles.xml');
  return { document: doc.toString('utf8'), styles: styles ? styles.toString('utf8') : null };
}

// One pattern per attribute name, made once: a document asks for the same few thousands of times.
const ATTRS = new Map<string, RegExp>();
const attr = (tag: string, name: string): string | undefined => {
  let re = ATTRS.get(name);
  if (!re) ATTRS.set(name, (re = new RegExp(`\\b${name}="([^"]*)"`)));
  return re.exec(tag)?.[1];
};


/** The heading level a style gives: its outline level, its name (`heading 1`, `标题 1`), or its parent's. */
export function styleLevels(xml: string | null): Map<string, number | null> {
  const raw = new Map<string, { name: string; basedOn?: string; outline?: number }>();
  if (xml) {
    for (const m of xml.matchAll(/<w:style\b([^>]*)>([\s\S]*?)<\/w:style>/g)) {
      const id = attr(m[1]!, 'w:styleId');
      if (!id) continue;
      const body = m[2]!;
      const name = attr(/<w:name\b[^>]*>/.exec(body)?.[0] ?? '', 'w:val') ?? '';
      const basedOn = attr(/<w:basedOn\b[^>]*>/.exec(body)?.[0] ?? '', 'w:val');
      const lvl = attr(/<w:outlineLvl\b[^>]*>/.exec(body)?.[0] ?? '', 'w:val');
      raw.set(id, { name, ...(basedOn ? { basedOn } : {}), ...(lvl !== undefined ? { outline: Number(lvl) } : {}) });
    }
  }
  const levels = new Map<string, number | null>();
  const resolve = (id: string, seen: Set<string>): number | null => {
    if (levels.has(id)) return levels.get(id)!;
    const s = raw.get(id);
    let level: number | null = null;
    const byName = (n: string): number | null => {
      const m = /^(?:heading|标题)\s*([1-9])$/i.exec(n.trim());
      return m ? Number(m[1]) : null;
    };
    if (!s) level = byName(id.replace(/^heading(\d)$/i, 'heading $1'));
    else if (s.outline !== undefined) level = s.outline >= 0 && s.outline <= 8 ? s.outline + 1 : null;
    else level = byName(s.name) ?? (/^toc|^目录/i.test(s.name) ? null : s.basedOn && !seen.has(s.basedOn) ? resolve(s.basedOn, seen.add(id)) : null);
    levels.set(id, level);
    return level;
  };
  for (const id of raw.keys()) resolve(id, new Set());
  return levels;
}

interface Para {
  n: number;
  text: string;
  style?: string;
  outline?: number;
  /** In a table, a text box, or a table of contents: never a heading. */
  excluded: boolean;
  /** In a table of contents: not the document's text either. */
  toc: boolean;
  inTable: boolean;
}

/** A cell as Word writes it: its text, how many grid columns it spans, and whether it continues the cell above. */
interface RawCell {
  text: string;
  line: number;
  span: number;
  /** `continue`: vertically merged into the cell above (w:vMerge without restart). */
  vmerge: 'restart' | 'continue' | null;
}

/** Rows of raw cells on the table's grid: a cell spanning columns stands in each; a vertically continued cell takes the text above. */
function resolveGrid(rows: RawCell[][]): Cell[][] {
  const grid: Cell[][] = [];
  for (const row of rows) {
    const out: Cell[] = [];
    for (const c of row) {
      for (let k = 0; k < Math.max(1, c.span) && out.length < MAX_COLUMNS; k++) {
        const above = grid.at(-1)?.[out.length];
        // A continued cell shows the text above, but stands at its own paragraph (where this row is).
        out.push(c.vmerge === 'continue' && above ? { text: above.text, line: c.line } : { text: c.text, line: c.line });
      }
    }
    grid.push(out);
  }
  let width = 0;
  for (const r of grid) width = Math.max(width, r.length);
  for (const r of grid) while (r.length < width) r.push({ text: '', line: r[0]?.line ?? 0 });
  return grid;
}

/** Body paragraphs in order, with tracked changes accepted (insertions kept, deletions dropped), and the tables. */
function paragraphs(xml: string): { paras: Para[]; tables: { rows: RawCell[][]; after: number }[] } {
  const out: Para[] = [];
  const tables: { rows: RawCell[][]; after: number }[] = [];
  // The outermost table being read; a table inside one of its cells adds its text to that cell.
  let open: { rows: RawCell[][]; after: number } | null = null;
  let cell: RawCell | null = null;
  const body = xml.indexOf('<w:body');
  const tokens = /<(\/?)([\w:]+)([^>]*?)(\/?)>|([^<]+)/g;
  tokens.lastIndex = body < 0 ? 0 : body;
  let table = 0;
  let skip = 0; // deleted or moved-away runs, text boxes, fallback copies
  const sdt: boolean[] = []; // true for a table-of-contents content control
  const fields: { instr: string; result: boolean }[] = [];
  let p: Para | null = null;
  let inText = false;
  let n = 0;
  let m: RegExpExecArray | null;
  const SKIPPED = new Set(['w:del', 'w:moveFrom', 'w:txbxContent', 'mc:Fallback', 'w:footnoteReference', 'w:endnoteReference']);
  while ((m = tokens.exec(xml))) {
    const text = m[5];
    if (text !== undefined) {
      if (inText && p && skip === 0) p.text += text;
      continue;
    }
    const close = m[1] === '/';
    const name = m[2]!;
    const attrs = m[3]!;
    const selfClose = m[4] === '/';
    if (SKIPPED.has(name)) {
      if (!selfClose) skip += close ? -1 : 1;
      continue;
    }
    if (skip > 0) continue;
    switch (name) {
      case 'w:tbl':
        if (!close && table === 0) open = { rows: [], after: n };
        table += close ? -1 : 1;
        if (close && table === 0 && open) {
          tables.push(open);
          open = null;
        }
        break;
      case 'w:tr':
        if (!close && table === 1 && open) open.rows.push([]);
        break;
      case 'w:tc':
        if (table !== 1 || !open) break;
        if (close) cell = null;
        else {
          cell = { text: '', line: n + 1, span: 1, vmerge: null };
          open.rows.at(-1)?.push(cell);
        }
        break;
      case 'w:gridSpan':
        if (cell && table === 1) cell.span = Number(attr(attrs, 'w:val')) || 1;
        break;
      case 'w:vMerge':
        if (cell && table === 1) cell.vmerge = attr(attrs, 'w:val') === 'restart' ? 'restart' : 'continue';
        break;
      case 'w:sdt':
        if (close) sdt.pop();
        else if (!selfClose) sdt.push(false);
        break;
      case 'w:docPartGallery':
        if (/Table of Contents/i.test(attr(attrs, 'w:val') ?? '') && sdt.length > 0) sdt[sdt.length - 1] = true;
        break;
      case 'w:p':
        if (close) {
          if (p) {
            out.push(p);
            if (cell) cell.text += (cell.text ? ' ' : '') + p.text;
          }
          p = null;
        } else {
          n++;
          const inToc = sdt.includes(true) || fields.some((f) => f.result && /^\s*TOC\b/i.test(f.instr));
          p = { n, text: '', excluded: table > 0 || inToc, toc: inToc, inTable: table > 0 };
          if (selfClose) {
            out.push(p);
            p = null;
          }
        }
        break;
      case 'w:pStyle':
        if (p) p.style = attr(attrs, 'w:val') ?? '';
        break;
      case 'w:outlineLvl':
        if (p) p.outline = Number(attr(attrs, 'w:val'));
        break;
      case 'w:t':
        inText = !close && !selfClose;
        break;
      case 'w:instrText':
        inText = false;
        if (!close && !selfClose) {
          const end = xml.indexOf('</w:instrText>', tokens.lastIndex);
          const f = fields[fields.length - 1];
          if (f && end > 0) f.instr += unescapeXml(xml.slice(tokens.lastIndex, end));
        }
        break;
      case 'w:fldSimple':
        if (!close && /^\s*TOC\b/i.test(unescapeXml(attr(attrs, 'w:instr') ?? '')) && p) p.excluded = p.toc = true;
        break;
      case 'w:fldChar': {
        const type = attr(attrs, 'w:fldCharType');
        if (type === 'begin') fields.push({ instr: '', result: false });
        else if (type === 'separate') {
          const f = fields[fields.length - 1];
          if (f) {
            f.result = true;
            // The TOC's own first entry shares the paragraph its field starts in.
            if (p && /^\s*TOC\b/i.test(f.instr)) p.excluded = p.toc = true;
          }
        } else if (type === 'end') fields.pop();
        break;
      }
      case 'w:tab':
        if (p && !close) p.text += ' ';
        break;
      case 'w:br':
        if (p && !close) p.text += ' ';
        break;
    }
  }
  const clean = (t: string): string => unescapeXml(t).replace(/\s+/g, ' ').trim();
  for (const q of out) q.text = clean(q.text);
  for (const t of tables) for (const r of t.rows) for (const c of r) c.text = clean(c.text);
  return { paras: out, tables };
}


/** A caption stands just above its table: a short line, not a sentence (`表8-1 项目总投资估算表`). */
const CAPTION = /^(?:续?表\s*[\d一二三四五六七八九十]|附[件表]\s*[\d一二三四五六七八九十]|.{2,40}表(?:[（(].*[）)])?$)/;

/** The caption of a table: the last paragraph of text before it, when it reads like one. */
function captionBefore(paras: Para[], after: number): string | null {
  for (let i = paras.length - 1; i >= 0; i--) {
    const q = paras[i]!;
    if (q.n > after || q.inTable || q.toc) continue;
    if (q.text === '') continue;
    return q.text.length <= 60 && CAPTION.test(q.text) ? q.text : null;
  }
  return null;
}

/**
 * A DOCX read into the document model. Headings come from heading styles and outline levels; when
 * the writer used none (common in WPS), from 第X章 / 一、/（一）/ 1.1 numbering of short lines.
 */
export function readDocx(buf: Uint8Array): DocumentModel {
  const { document, styles } = parts(buf);
  const levels = styleLevels(styles);
  const { paras, tables: raw } = paragraphs(document);
  const tables: DocTable[] = raw.map((t) => {
    const rows = resolveGrid(t.rows);
    return { caption: captionBefore(paras, t.after), line: rows[0]?.[0]?.line ?? t.after + 1, rows };
  });
  const place = (q: Para): string => `¶${q.n} 「${q.text}」`;
  const headings: Heading[] = [];
  for (const q of paras) {
    if (q.excluded || q.text === '') continue;
    if (q.style && /^toc/i.test(q.style)) continue;
    const level = q.outline !== undefined ? (q.outline <= 8 ? q.outline + 1 : null) : q.style ? levels.get(q.style) ?? levels.get(q.style.toLowerCase()) ?? null : null;
    const byId = q.style && level === null && !levels.has(q.style) ? /^heading\s?([1-9])$/i.exec(q.style) : null;
    const lvl = level ?? (byId ? Number(byId[1]) : null);
    if (lvl !== null) headings.push({ level: lvl, text: q.text, line: q.n, place: place(q) });
  }
  if (headings.length === 0) {
    // No styled heading anywhere: fall back to numbering, ranked by the kinds present.
    const kept = paras.filter((q) => !q.excluded);
    for (const { at, level } of levelsByNumbering(kept.map((q) => q.text))) {
      const q = kept[at]!;
      headings.push({ level, text: q.text, line: q.n, place: place(q) });
    }
  }
  const at = new Set(headings.map((h) => h.line));
  const body: BodyText[] = paras
    .filter((q) => !q.toc && q.text !== '' && !at.has(q.n) && !(q.style && /^toc/i.test(q.style)))
    .map((q) => ({ line: q.n, text: q.text, ...(q.inTable ? { inTable: true as const } : {}) }));
  return { kind: 'docx', headings, body, cover: coverOf(headings, body), tables };
}

