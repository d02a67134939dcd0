import { isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { Document, Node, Pair } from 'yaml';
import type { Finding } from '../findings.js';
import type { Lang } from '../i18n/lang.js';
import { pick } from '../i18n/lang.js';
import { readText, TextReadError } from './read-text.js';
import { fsReason } from '../fs/errors.js';

/** A parsed YAML file that still knows where every value came from. */
export interface YamlFile {
  /** Package-relative path used in findings. */
  file: string;
  data: unknown;
  doc: Document | null;
  /** Offset of the start of each line; yaml's own counter misses lines inside broken tokens. */
  lineStarts: number[];
  /** Problems met while reading: syntax, duplicate keys, encoding, size. */
  findings: Finding[];
  /** A workbook's values by JSON Pointer: the cell each came from (no YAML document then). */
  cells?: CellIndex;
  /** A workbook's lines above its header (a title, `项目名称：…`), each with its cell. */
  above?: { text: string; at: CellPosition }[];
}

export interface Position {
  line: number;
  column: number;
  /** In a workbook: `Sheet!F12` (line and column are its row and column numbers). */
  cell?: string;
}

export type CellPosition = Required<Position>;

/** Where a workbook's values came from, by JSON Pointer: a Map, or one that works each place out when asked. */
export interface CellIndex {
  get(pointer: string): CellPosition | undefined;
  entries(): Iterable<[string, CellPosition]>;
}

/** The cell of a pointer in a workbook, or of its nearest ancestor that has one. */
function cellOf(cells: CellIndex, pointer: string): Position {
  for (let p = pointer; ; p = p.slice(0, Math.max(0, p.lastIndexOf('/')))) {
    const hit = cells.get(p);
    if (hit) return hit;
    if (p === '') return { line: 1, column: 1 };
  }
}

/** Where each line starts: after \n, after \r\n, and after a lone \r (YAML's line breaks). */
function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

/** 1-based line and column of an offset. */
export function positionAt(lineStarts: readonly number[], offset: number): Position {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - lineStarts[lo]! + 1 };
}

/** A file with many syntax errors: the first few say enough. */
const MAX_SYNTAX_ERRORS = 5;

/** Alias expansion beyond this is an attack ("billion laughs"), not a package. */
const MAX_ALIAS_COUNT = 100;

function yamlFinding(file: string, message: string, pos: Position, severity: Finding['severity'] = 'error'): Finding {
  return { ruleId: 'yaml', severity, message, file, line: pos.line, column: pos.column, source: null };
}

/** Read and parse one YAML file; never throws for bad content, only reports. */
export function readYamlFile(absPath: string, file: string, lang: Lang): YamlFile {
  const result: YamlFile = { file, data: undefined, doc: null, lineStarts: [0], findings: [] };
  let text: string;
  try {
    const t = readText(absPath, lang);
    text = t.text;
    if (t.decodedFrom === 'gb18030') {
      result.findings.push(
        yamlFinding(
          file,
          pick(lang, '文件不是 UTF-8 编码，已按 GBK/GB18030 读取；请另存为 UTF-8', 'file is not UTF-8; it was read as GBK/GB18030: save it as UTF-8'),
          { line: 1, column: 1 },
          'warning',
        ),
      );
    }
  } catch (err) {
    const reason = err instanceof TextReadError ? err.message : fsReason(err, lang);
    if (reason === null) throw err;
    result.findings.push(yamlFinding(file, err instanceof TextReadError ? reason : pick(lang, `无法读取：${reason}`, `cannot read: ${reason}`), { line: 1, column: 1 }));
    return result;
  }
  result.lineStarts = lineStartsOf(text);
  let doc: Document;
  try {
    // logLevel 'error': the library would print its own warnings (e.g. on a collection used as a
    // key) to the user's terminal; what matters is reported as a finding with its place.
    doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false, logLevel: 'error' });
  } catch (err) {
    // Pathological nesting can exhaust the parser's stack.
    result.findings.push(yamlFinding(file, pick(lang, `YAML 无法解析（嵌套过深？）：${(err as Error).message}`, `YAML cannot be parsed (nested too deep?): ${(err as Error).message}`), { line: 1, column: 1 }));
    return result;
  }
  result.doc = doc;
  for (const e of doc.errors.slice(0, MAX_SYNTAX_ERRORS)) {
    const pos = positionAt(result.lineStarts, e.pos[0]);
    const dup = e.code === 'DUPLICATE_KEY';
    const msg = dup
      ? pick(lang, '重复的键：同一层级中同名的键只能出现一次', 'duplicate key: a key may appear only once in a mapping')
      : pick(lang, `YAML 语法错误：${firstLine(e.message)}`, `YAML syntax error: ${firstLine(e.message)}`);
    result.findings.push(yamlFinding(file, msg, pos));
  }
  if (doc.errors.length > 0) return result;
  try {
    // The alias limit is enforced here, not by parseDocument.
    result.data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (err) {
    const deep = err instanceof RangeError && /call stack/i.test(err.message);
    result.findings.push(
      yamlFinding(
        file,
        deep
          ? pick(lang, 'YAML 嵌套过深，无法读取', 'YAML nested too deep to read')
          : pick(lang, `别名展开过多（疑似 YAML 炸弹）：${(err as Error).message}`, `too many alias expansions (a YAML bomb?): ${(err as Error).message}`),
        { line: 1, column: 1 },
      ),
    );
  }
  return result;
}

function firstLine(s: string): string {
  return s.split('\n')[0] ?? s;
}

/** Decode a JSON Pointer ("/money/estimate") into its segments. */
/** One key as a JSON Pointer segment (`~` and `/` escaped): the inverse of pointerSegments. */
export const pointerSegment = (key: string): string => key.replace(/~/g, '~0').replace(/\//g, '~1');

export function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

interface Located {
  pair: Pair | null;
  node: Node | null;
}

function locate(doc: Document, segments: string[]): Located {
  let node: unknown = doc.contents;
  let pair: Pair | null = null;
  for (const seg of segments) {
    if (isMap(node)) {
      const p = node.items.find((it) => (isScalar(it.key) ? String(it.key.value) : String(it.key)) === seg);
      if (!p) return { pair, node: node as Node };
      pair = p as Pair;
      node = p.value;
    } else if (isSeq(node)) {
      const item = node.items[Number(seg)];
      if (item === undefined) return { pair, node: node as Node };
      pair = null;
      node = item;
    } else {
      break;
    }
  }
  return { pair, node: (node as Node) ?? null };
}

function posOf(yf: YamlFile, offset: number | undefined): Position {
  return offset === undefined ? { line: 1, column: 1 } : positionAt(yf.lineStarts, offset);
}

/** Where the value at a JSON Pointer starts (falls back to its nearest existing ancestor). */
export function valuePosition(yf: YamlFile, pointer: string): Position {
  if (yf.cells) return cellOf(yf.cells, pointer);
  if (!yf.doc) return { line: 1, column: 1 };
  const { node, pair } = locate(yf.doc, pointerSegments(pointer));
  const range = node?.range ?? (pair?.key as Node | undefined)?.range;
  return posOf(yf, range?.[0]);
}

/** Where the key naming the value at a JSON Pointer stands (for unknown or misplaced keys). */
export function keyPosition(yf: YamlFile, pointer: string): Position {
  if (yf.cells) return cellOf(yf.cells, pointer);
  if (!yf.doc) return { line: 1, column: 1 };
  const { pair, node } = locate(yf.doc, pointerSegments(pointer));
  const range = (pair?.key as Node | undefined)?.range ?? node?.range;
  return posOf(yf, range?.[0]);
}
