import { matchHeader, textNumber, TOTAL_ROW } from '../package/table-header.js';
import { readTablesRegistry } from '../package/tables.js';
import type { DocTable, DocumentModel } from './model.js';

/** One row of an annex table written in a document, with its values by field. */
export interface AnnexRow {
  values: Record<string, string | number>;
  /** The paragraph or line of its first cell. */
  line: number;
}

/** A row that sums others: a 小计 row, or a group's own row (一、工程费用 above 1. 2. 3.). */
export interface AnnexSum {
  label: string;
  amount: number;
  line: number;
  /** The rows it sums. */
  parts: AnnexRow[];
}

/** A table of a document recognised as one of the annex tables by its header. */
export interface AnnexTable {
  tableId: string;
  caption: string | null;
  line: number;
  /** The rows that are not sums: what the package's table would hold. */
  rows: AnnexRow[];
  sums: AnnexSum[];
  total?: { amount: number; line: number };
  /** Lines inside the table above its header (a title, `项目名称：…`). */
  above: { text: string; line: number }[];
}

const SUBTOTAL = /^小\s*计/;
const CN_ORDINAL = /^[一二三四五六七八九十]+[、.．]?$/;
const SUB_ORDINAL = /^(?:\d+(?:[.．]\d+)*[、.．]?|[（(]\d+[)）])$/;
/** A group's row names itself with a Chinese ordinal: `一、工程费用`. */
const GROUP_NAME = /^[一二三四五六七八九十]+、/;

const amountOf = (s: string): number | null => textNumber(s.replace(/万元$/, ''));

/** Read one table of a document as an annex table, or null when its header is no annex table's. */
export function annexTable(t: DocTable): AnnexTable | null {
  const text = (r: number, c: number): string => t.rows[r - 1]?.[c - 1]?.text ?? '';
  const width = t.rows[0]?.length ?? 0;
  const header = matchHeader(text, t.rows.length, width, Object.keys(readTablesRegistry()));
  if (!header) return null;
  const cols = [...header.cols];
  const colOf = (key: string): number | undefined => cols.find(([, f]) => f.key === key)?.[0];
  const amountCol = colOf('amount');
  const out: AnnexTable = { tableId: header.tableId, caption: t.caption, line: t.line, rows: [], sums: [], above: [] };
  for (let r = 1; r < header.first; r++) {
    const line = [...new Set(t.rows[r - 1]!.map((c) => c.text).filter(Boolean))].join(' ');
    if (line) out.above.push({ text: line, line: t.rows[r - 1]![0]!.line });
  }
  let group: { sum: AnnexSum | null; kind: string | null } = { sum: null, kind: null };
  let sinceSubtotal: AnnexRow[] = [];
  // Markdown has no merged cells: an empty 类别 below a filled one continues it, as a reader takes it.
  const carried: Record<string, string> = {};
  for (let r = header.row + 1; r <= t.rows.length; r++) {
    const cells = t.rows[r - 1]!;
    const texts = cols.map(([c]) => text(r, c));
    if (texts.every((x) => x === '')) continue;
    const line = cells.find((c) => c.text !== '')?.line ?? cells[0]!.line;
    const first = cells.map((c) => c.text).find((x) => x !== '') ?? '';
    const amount = amountCol ? amountOf(text(r, amountCol)) : null;
    if (TOTAL_ROW.test(first)) {
      if (amount !== null) out.total = { amount, line };
      break;
    }
    if (cells.some((c) => SUBTOTAL.test(c.text))) {
      if (amount !== null) out.sums.push({ label: group.kind ?? '小计', amount, line, parts: sinceSubtotal });
      sinceSubtotal = [];
      continue;
    }
    const values: Record<string, string | number> = {};
    for (const [c, f] of cols) {
      const v = text(r, c);
      if (v === '') continue;
      values[f.key] = f.type === 'number' || f.type === 'integer' ? amountOf(v) ?? v : v;
    }
    for (const key of ['category', 'kind']) {
      if (colOf(key) === undefined) continue;
      if (typeof values[key] === 'string') carried[key] = values[key] as string;
      else if (carried[key]) values[key] = carried[key]!;
    }
    const no = String(values.no ?? '');
    const name = String(values.name ?? '');
    const next = t.rows[r]?.map((c) => c.text) ?? [];
    const nextNo = colOf('no') !== undefined ? text(r + 1, colOf('no')!) : '';
    // A group's own row: 一 with 1, 2… below it, or a name 一、工程费用 with no 序号 column.
    if ((CN_ORDINAL.test(no) && SUB_ORDINAL.test(nextNo)) || (colOf('no') === undefined && GROUP_NAME.test(name) && next.length > 0 && !GROUP_NAME.test(next.find(Boolean) ?? ''))) {
      const label = name.replace(GROUP_NAME, '');
      group = { sum: amount !== null ? { label, amount, line, parts: [] } : null, kind: label };
      if (group.sum) out.sums.push(group.sum);
      sinceSubtotal = [];
      continue;
    }
    if (CN_ORDINAL.test(no) || GROUP_NAME.test(name)) group = { sum: null, kind: null };
    const kindHere = typeof values.kind === 'string' ? values.kind : null;
    if (kindHere && kindHere !== group.kind && !group.sum) group = { sum: null, kind: kindHere };
    if (group.kind && values.kind === undefined && header.tableId === 'investment-estimate') values.kind = group.kind;
    const row: AnnexRow = { values, line };
    group.sum?.parts.push(row);
    sinceSubtotal.push(row);
    out.rows.push(row);
  }
  return out;
}

/** The annex tables a document holds, in order. */
export function annexTables(model: Pick<DocumentModel, 'tables'>): AnnexTable[] {
  return model.tables.flatMap((t) => annexTable(t) ?? []);
}
