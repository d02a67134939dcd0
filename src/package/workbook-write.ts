import { readFileSync } from 'node:fs';
import { assetPath } from '../data/assets.js';
import { readTablesRegistry } from './tables.js';
import { loadExcel } from './excel.js';
import { maxOf } from '../arrays.js';
import { xmlSafe } from '../xml-chars.js';

/**
 * An annex table as a workbook a consultant would be glad to receive: the table's title and the
 * 项目名称 above it, 单位：万元 at the right, every column of the table under its Chinese title with
 * its unit, a frozen header, widths to fit, `0.00` for 万元, drop-down lists for the columns that
 * take one of a list (类别, 费用类别, 共享属性…) or 是/否, a 合计 row with a live SUM, and A4 print
 * setup repeating the header. `tables convert`, `init --tables xlsx` and `render --to xlsx` write it.
 */

type Json = Record<string, unknown>;

interface Column {
  key: string;
  title: string;
  kind: 'amount' | 'number' | 'boolean' | 'enum' | 'text';
  options?: string[];
}

/** Amounts in 万元 get two decimals; the other numbers (数量, 人月, 占比) stay as typed. */
const AMOUNT_KEYS = new Set(['amount', 'unitPrice', 'rate']);
/** How many rows a drop-down reaches below the data, for the rows still to be typed. */
const SPARE_ROWS = 200;
/** An empty table (a scaffold) gets this many ruled rows to type into, inside its 合计's SUM. */
const BLANK_ROWS = 20;

export function tableColumns(tableId: string): Column[] {
  const entry = readTablesRegistry()[tableId]!;
  const schema = JSON.parse(readFileSync(assetPath('schemas', 'tables', entry.schema), 'utf8')) as Json;
  const props = (((schema.properties as Json).rows as Json).items as Json).properties as Record<string, Json>;
  return Object.entries(props).map(([key, p]) => {
    const title = String(p.title ?? key);
    if (Array.isArray(p.enum)) return { key, title, kind: 'enum', options: p.enum.map(String) };
    if (p.type === 'boolean') return { key, title, kind: 'boolean', options: ['是', '否'] };
    if (p.type === 'number' || p.type === 'integer') return { key, title, kind: AMOUNT_KEYS.has(key) ? 'amount' : 'number' };
    return { key, title, kind: 'text' };
  });
}

const colName = (n: number): string => {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
};

/** Display width of text in Excel's character units: a Chinese character counts two. */
const widthOf = (s: string): number => [...s].reduce((w, ch) => w + (ch.codePointAt(0)! > 0x2e80 ? 2 : 1), 0);

export interface WorkbookInput {
  tableId: string;
  projectName?: string;
  rows: Json[];
  total?: number;
  /** Fixed document dates, so the same table gives the same workbook. */
  date: Date;
}

/** The first row of data in a workbook zwpack writes (title, 项目名称, header above it). */
export const FIRST_DATA_ROW = 4;

export async function writeTableWorkbook(input: WorkbookInput): Promise<Uint8Array> {
  const ExcelJS = await loadExcel();
  const entry = readTablesRegistry()[input.tableId]!;
  const columns = tableColumns(input.tableId);
  const amounts = columns.some((c) => c.kind === 'amount');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'zwpack';
  wb.created = input.date;
  wb.modified = input.date;
  const n = columns.length;
  const header = FIRST_DATA_ROW - 1;
  const ws = wb.addWorksheet(entry.title.slice(0, 31), {
    views: [{ state: 'frozen', ySplit: header }],
    pageSetup: { paperSize: 9, orientation: n > 7 ? 'landscape' : 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${header}:${header}` },
  });
  const thin = { style: 'thin' as const };
  const box = { top: thin, left: thin, bottom: thin, right: thin };

  ws.mergeCells(1, 1, 1, n);
  const title = ws.getCell(1, 1);
  title.value = entry.title;
  title.font = { name: '宋体', size: 16, bold: true };
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  ws.getRow(1).height = 28;
  ws.mergeCells(2, 1, 2, Math.max(1, n - 1));
  ws.getCell(2, 1).value = xmlSafe(`项目名称：${input.projectName ?? ''}`);
  if (amounts) {
    const unit = ws.getCell(2, n);
    unit.value = '单位：万元';
    unit.alignment = { horizontal: 'right' };
  }

  columns.forEach((c, i) => {
    const cell = ws.getCell(header, i + 1);
    cell.value = c.title;
    cell.font = { bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = box;
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } };
  });
  ws.getRow(header).height = 30;

  const ruled: Json[] = input.rows.length > 0 ? input.rows : Array.from({ length: BLANK_ROWS }, () => ({}));
  ruled.forEach((row, r) => {
    columns.forEach((c, i) => {
      const cell = ws.getCell(FIRST_DATA_ROW + r, i + 1);
      const v = row[c.key];
      // A character XML forbids would make the workbook unreadable; validate names it in the table.
      cell.value = v === undefined ? null : c.kind === 'boolean' && typeof v === 'boolean' ? (v ? '是' : '否') : typeof v === 'string' ? xmlSafe(v) : (v as number);
      cell.border = box;
      cell.alignment = { vertical: 'middle', wrapText: c.kind === 'text' };
      if (c.kind === 'amount') cell.numFmt = '0.00';
    });
  });
  const last = FIRST_DATA_ROW + ruled.length - 1;
  // Drop-down lists over the rows there are and those still to be typed.
  columns.forEach((c, i) => {
    if (!c.options) return;
    const letter = colName(i + 1);
    (ws as unknown as { dataValidations: { add(range: string, v: object): void } }).dataValidations.add(`${letter}${FIRST_DATA_ROW}:${letter}${last + SPARE_ROWS}`, {
      type: 'list', allowBlank: true, showErrorMessage: true, formulae: [`"${c.options.join(',')}"`], errorTitle: c.title, error: `请从列表中选择：${c.options.join('、')}`,
    });
  });
  const amountCol = columns.findIndex((c) => c.key === 'amount');
  if (amountCol >= 0) {
    // The 合计 row sums the amount column live, with its value cached for readers that do not recalculate.
    const at = last + 1;
    const label = ws.getCell(at, 1);
    label.value = '合计';
    label.font = { bold: true };
    label.alignment = { horizontal: 'center' };
    const sum = ws.getCell(at, amountCol + 1);
    const total = input.total ?? input.rows.reduce((s, r) => s + (typeof r.amount === 'number' ? r.amount : 0), 0);
    sum.value = { formula: `SUM(${colName(amountCol + 1)}${FIRST_DATA_ROW}:${colName(amountCol + 1)}${last})`, result: Math.round(total * 1e6) / 1e6 };
    sum.numFmt = '0.00';
    sum.font = { bold: true };
    for (let i = 1; i <= n; i++) ws.getCell(at, i).border = box;
  }
  columns.forEach((c, i) => {
    const longest = maxOf(input.rows.map((r) => widthOf(String(r[c.key] ?? '')) + 2), widthOf(c.title) / 2 + 2);
    ws.getColumn(i + 1).width = Math.min(Math.max(c.kind === 'text' ? 14 : 8, longest), c.kind === 'text' ? 40 : 16);
  });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
