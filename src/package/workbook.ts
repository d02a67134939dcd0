import { readFileSync } from 'node:fs';
import { NotRegularFileError, regularSize } from '../fs/regular.js';
import { maxFileBytes, tooLarge } from '../fs/limits.js';
import { ZipDuplicateError, ZipFormatError, ZipTooLargeError } from '../fs/zip-read.js';
import { isEncryptedOoxml, isOle } from '../office/soffice.js';
import { MAX_COLUMNS, readSheets, SheetTooLargeError } from './sheet-read.js';
import type { Sheet, SheetCell } from './sheet-read.js';
import type { Finding } from '../findings.js';
import type { Lang } from '../i18n/lang.js';
import { pick } from '../i18n/lang.js';
import { readTablesRegistry } from './tables.js';
import { headerIndex, matchHeader, textNumber, TOTAL_ROW } from './table-header.js';
import type { Field } from './table-header.js';
import type { CellIndex, CellPosition, YamlFile } from './yaml-file.js';

/**
 * An annex table kept in Excel or WPS 表格, read into the same model as tables/*.yaml: columns are
 * found by their header text (the titles zwpack writes and their usual variants), not by position;
 * every value remembers its cell, so a finding names `估算表!F12`.
 */

/** No part of a workbook may inflate past this (a zip bomb is a few KB that claim gigabytes). */
const MAX_PART_BYTES = 200 * 1024 * 1024;
/** A sheet is read up to this many rows. */
const MAX_ROWS = 100_000;

type Json = Record<string, unknown>;

const colName = (n: number): string => {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
};

/** A cell's text as a person reads it; merged cells read their first cell's. */
function textOf(cell: SheetCell | undefined): string {
  if (!cell || cell.value === null) return '';
  return typeof cell.value === 'string' ? cell.value.trim() : String(cell.value);
}

/** A cell's place; its name (`估算表!F12`) is made when a finding asks for it. */
class Cell implements CellPosition {
  constructor(
    private readonly sheet: string,
    readonly line: number,
    readonly column: number,
  ) {}
  get cell(): string {
    return `${this.sheet}!${colName(this.column)}${this.line}`;
  }
}

/**
 * The cell of every value of the table's rows, worked out when asked: a 100,000-row sheet has a
 * million values, and a finding names a handful. The few other places are kept as they are.
 */
class RowCells implements CellIndex {
  private readonly keys: Map<string, number>;
  constructor(
    private readonly fixed: Map<string, CellPosition>,
    private readonly sheet: string,
    private readonly rows: Json[],
    private readonly lines: number[],
    cols: Map<number, Field>,
  ) {
    this.keys = new Map([...cols].map(([c, f]) => [f.key, c]));
  }
  get(pointer: string): CellPosition | undefined {
    const hit = this.fixed.get(pointer);
    if (hit) return hit;
    const m = /^\/rows\/(\d+)(?:\/([^/]+))?$/.exec(pointer);
    const i = m ? Number(m[1]) : -1;
    const line = this.lines[i];
    if (!m || line === undefined) return undefined;
    if (m[2] === undefined) return new Cell(this.sheet, line, this.keys.values().next().value!);
    const c = this.keys.get(m[2]);
    return c !== undefined && this.rows[i]![m[2]] !== undefined ? new Cell(this.sheet, line, c) : undefined;
  }
  *entries(): Iterable<[string, CellPosition]> {
    yield* this.fixed;
    for (let i = 0; i < this.lines.length; i++) {
      yield [`/rows/${i}`, this.get(`/rows/${i}`)!];
      for (const key of this.keys.keys()) {
        const at = this.get(`/rows/${i}/${key}`);
        if (at) yield [`/rows/${i}/${key}`, at];
      }
    }
  }
}

export interface WorkbookTable {
  tableId: string;
  yf: YamlFile;
}

/** Which table a workbook holds: by its file name, else by the header that matches most columns. */
function candidates(fileName: string): string[] {
  const registry = readTablesRegistry();
  const base = fileName.replace(/\.xlsx$/i, '');
  const byName = Object.entries(registry).find(([, e]) => e.file.replace(/\.ya?ml$/i, '') === base)?.[0];
  return byName ? [byName] : Object.keys(registry);
}

/** Read tables/<name>.xlsx into the table model, with a cell for every value and findings for what it met. */
export async function readWorkbookTable(abs: string, rel: string, lang: Lang): Promise<YamlFile> {
  const findings: Finding[] = [];
  const fail = (zh: string, en: string, at: Partial<Finding> = {}): YamlFile => ({
    file: rel, data: undefined, doc: null, lineStarts: [0],
    findings: [...findings, { ruleId: 'table', severity: 'error', file: rel, line: 1, column: 1, source: null, message: pick(lang, zh, en), ...at }],
  });
  let size: number;
  try {
    size = regularSize(abs);
  } catch (err) {
    if (err instanceof NotRegularFileError) return fail(err.zh, err.en);
    throw err;
  }
  // Larger workbooks than the limit are refused before they are unzipped.
  if (size > maxFileBytes()) {
    const m = tooLarge(size, { zh: '工作簿', en: 'workbook' });
    return fail(m.zh, m.en);
  }
  const buf = readFileSync(abs);
  if (isOle(buf)) {
    if (isEncryptedOoxml(buf)) return fail('工作簿已加密（设置了打开密码），请在 Excel/WPS 中取消密码后另存为 .xlsx', 'the workbook is encrypted (password-protected); remove the password and save it as .xlsx again');
    return fail('这是旧版 Excel（.xls）或 WPS（.et）格式，只是改了扩展名；请在 Excel/WPS 中“另存为” .xlsx', 'this is an old Excel (.xls) or WPS (.et) file with an .xlsx name; use "Save as" .xlsx');
  }
  if (buf[0] !== 0x50 || buf[1] !== 0x4b) return fail('不是 xlsx 工作簿（xlsx 是 zip 压缩包，此文件不是）；请用 Excel/WPS 另存为 .xlsx', 'not an xlsx workbook (an xlsx is a zip archive and this is not); save it as .xlsx');
  let sheets: Sheet[];
  try {
    // Rows enough for a header in the first 16 and MAX_ROWS below it, and one more to say there are more.
    sheets = await readSheets(buf, { rows: 16 + MAX_ROWS, sheetBytes: MAX_PART_BYTES });
  } catch (err) {
    if (err instanceof ZipTooLargeError || err instanceof SheetTooLargeError) {
      return fail(`工作簿解压后超过 ${MAX_PART_BYTES / 1048576} MB（无论压缩包头部声称多大），疑似压缩炸弹，已拒绝读取`, `the workbook inflates to more than ${MAX_PART_BYTES / 1048576} MB (whatever its headers claim; a zip bomb?); refused`);
    }
    if (err instanceof ZipDuplicateError) return fail(`工作簿里有两个「${err.entryName}」，无法确定读哪一个：请用 Excel/WPS 打开后重新保存`, `the workbook holds "${err.entryName}" twice, so which one to read is unclear: open it in Excel/WPS and save it again`);
    if (err instanceof ZipFormatError) return fail(`工作簿已损坏（${err.message}），请用 Excel/WPS 打开后重新保存`, `the workbook is damaged (${err.message}); open it in Excel/WPS and save it again`);
    throw err;
  }
  // The table is on the sheet, and at the row, whose header matches the most known columns.
  const tableIds = candidates(rel.split('/').pop()!);
  let best: { tableId: string; sheet: Sheet; first: number; row: number; cols: Map<number, Field>; score: number } | null = null;
  for (const sheet of sheets) {
    // A header over two rows: its lower row names every column, through the cells merged down into it.
    const m = matchHeader((r, c) => textOf(sheet.cell(r, c)), sheet.rowCount, sheet.columnCount, tableIds);
    if (m && (!best || m.cols.size > best.score)) best = { ...m, sheet, score: m.cols.size };
  }
  if (!best) {
    const expected = candidates(rel.split('/').pop()!).length === 1 ? headerIndex(candidates(rel.split('/').pop()!)[0]!).all.map((f) => f.title).join('、') : '';
    return fail(
      `找不到表头：没有一行包含已知的列名${expected ? `（应有 ${expected} 等列）` : ''}；请用 zwpack 生成的表头`,
      `no header found: no row names the known columns${expected ? ` (expected ${expected})` : ''}; use the header zwpack writes`,
    );
  }
  const { tableId, sheet, cols } = best;
  const cells = new Map<string, CellPosition>();
  const at = (r: number, c: number): CellPosition => new Cell(sheet.name, r, c);
  const first = best.row + 1;
  cells.set('', at(best.row, [...cols.keys()][0]!));
  cells.set('/rows', at(best.row, [...cols.keys()][0]!));
  const rows: Json[] = [];
  const rowLines: number[] = [];
  let total: number | undefined;
  const warn = (pos: CellPosition, zh: string, en: string): void => {
    findings.push({ ruleId: 'table', severity: 'warning', file: rel, line: pos.line, column: pos.column, cell: pos.cell, source: null, message: pick(lang, zh, en) });
  };
  const last = Math.min(sheet.rowCount, first + MAX_ROWS - 1);
  if (sheet.rowCount > last) warn(at(last, 1), `工作表超过 ${MAX_ROWS} 行，其后的行未读取`, `the sheet has more than ${MAX_ROWS} rows; the rest were not read`);
  const colList = [...cols.keys()];
  for (let r = first; r <= last; r++) {
    const texts = colList.map((c) => textOf(sheet.cell(r, c)));
    if (texts.every((t) => t === '')) continue;
    if (TOTAL_ROW.test(texts.find((t) => t !== '') ?? '')) {
      // The 合计 row ends the table; notes below it are not rows.
      for (const [c, f] of cols) {
        if (f.key !== 'amount') continue;
        const v = valueOf(sheet.cell(r, c), f, at(r, c));
        if (typeof v === 'number') {
          total = v;
          cells.set('/total', at(r, c));
        }
      }
      break;
    }
    if (sheet.row(r)?.hidden) {
      warn(at(r, 1), `第 ${r} 行已隐藏，未读取；如是数据行请取消隐藏`, `row ${r} is hidden and was not read; unhide it if it holds data`);
      continue;
    }
    const out: Json = {};
    rowLines.push(r);
    for (const [c, f] of cols) {
      const pos = at(r, c);
      const v = valueOf(sheet.cell(r, c), f, pos);
      if (v === undefined) continue;
      out[f.key] = v;
    }
    rows.push(out);
  }
  // What stands above the header: the table's title, and often a `项目名称：…` line the name checks read.
  const above: NonNullable<YamlFile['above']> = [];
  for (let r = 1; r < best.first; r++) {
    for (let c = 1; c <= Math.min(sheet.columnCount, MAX_COLUMNS); c++) {
      if (sheet.covered(r, c)) continue;
      const text = textOf(sheet.cell(r, c));
      if (text) above.push({ text, at: at(r, c) });
    }
  }
  return { file: rel, data: { table: tableId, rows, ...(total !== undefined ? { total } : {}) }, doc: null, lineStarts: [0], findings, cells: new RowCells(cells, sheet.name, rows, rowLines, cols), above };

  /** A cell's value as the field wants it: numbers from the value or a formula's saved result. */
  function valueOf(c: SheetCell | undefined, f: Field, pos: CellPosition): unknown {
    if (!c) return undefined;
    if (c.formula && c.kind === 'empty') {
      findings.push({ ruleId: 'table', severity: 'error', file: rel, line: pos.line, column: pos.column, cell: pos.cell, source: null, message: pick(lang, '公式没有计算结果：请在 Excel/WPS 中重新计算并保存', 'the formula has no computed result: recalculate and save in Excel/WPS') });
      return undefined;
    }
    const v = c.value;
    if (v === null || v === '') return undefined;
    if (f.type === 'number' || f.type === 'integer') {
      if (typeof v === 'number') return v;
      const n = textNumber(textOf(c));
      if (n !== null) {
        warn(pos, `「${textOf(c)}」是文本格式的数字，已按 ${n} 读取；请把单元格设为数值`, `"${textOf(c)}" is a number stored as text; read as ${n} (format the cell as a number)`);
        return n;
      }
      return textOf(c);
    }
    if (f.type === 'boolean') {
      const t = typeof v === 'boolean' ? (v ? '是' : '否') : textOf(c);
      if (/^(是|y|yes|true|√|✓)$/i.test(t)) return true;
      if (/^(否|n|no|false|×|✗)$/i.test(t)) return false;
      return t;
    }
    return typeof v === 'number' ? String(v) : textOf(c);
  }
}
