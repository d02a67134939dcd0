import { readFileSync } from 'node:fs';
import { assetPath } from '../data/assets.js';
import { formTemplates } from '../forms/template.js';
import type { TableTemplate } from '../forms/template.js';
import { readTablesRegistry } from './tables.js';

/**
 * Which annex table a grid of cells is, found by its header: the columns' titles as zwpack writes
 * them, their usual variants and the aliases of templates/tables.yaml. Workbooks and the tables of
 * Word documents are both recognised here.
 */

type Json = Record<string, unknown>;

/** Header text as compared: no spaces or line breaks, half-width brackets, no case. */
export const normHeader = (s: string): string => s.replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')').replace(/：/g, ':').toLowerCase();
/** The same without a bracketed unit: 金额（万元） → 金额. */
const bare = (s: string): string => normHeader(s).replace(/\([^)]*\)/g, '');

export interface Field {
  key: string;
  /** The column title zwpack writes (the schema's title). */
  title: string;
  type: 'number' | 'integer' | 'boolean' | 'string';
}

const indexes = new Map<string, { fields: Map<string, Field>; all: Field[] }>();

/** Header text → field of each table: its schema titles, the column titles of zwpack's own forms, and the registry's aliases. */
export function headerIndex(tableId: string): { fields: Map<string, Field>; all: Field[] } {
  const hit = indexes.get(tableId);
  if (hit) return hit;
  const entry = readTablesRegistry()[tableId]!;
  const schema = JSON.parse(readFileSync(assetPath('schemas', 'tables', entry.schema), 'utf8')) as Json;
  const props = (((schema.properties as Json).rows as Json).items as Json).properties as Record<string, Json>;
  const fields = new Map<string, Field>();
  const all: Field[] = [];
  const name = (title: string, field: Field): void => {
    fields.set(normHeader(title), field);
    fields.set(bare(title), field);
  };
  for (const [key, p] of Object.entries(props)) {
    const t = p.type;
    const field: Field = { key, title: String(p.title ?? key), type: t === 'number' || t === 'integer' || t === 'boolean' ? t : 'string' };
    all.push(field);
    for (const title of [String(p.title ?? key), key]) name(title, field);
  }
  // The forms zwpack renders name the same columns their own way (安全可靠, 工作量（人月）…).
  for (const f of formTemplatesOf(tableId)) {
    for (const c of f.columns) {
      const key = /^\{(\w+)/.exec(c.value ?? '')?.[1];
      const field = all.find((x) => x.key === key);
      if (field) name(c.title, field);
    }
  }
  // What consultants write instead (类别 for 费用类别, 费用名称 for 工程或费用名称…), where no other column has the name.
  for (const [key, titles] of Object.entries(entry.headers ?? {})) {
    const field = all.find((x) => x.key === key);
    if (field) for (const t of titles) if (!fields.has(normHeader(t))) name(t, field);
  }
  const index = { fields, all };
  indexes.set(tableId, index);
  return index;
}

const formTemplatesOf = (tableId: string): TableTemplate[] => [...formTemplates().values()].filter((t): t is TableTemplate => t.kind === 'table' && t.table === tableId);

const FULLWIDTH = /[０-９．，－]/g;
/** A number typed as text (`'1,234.50`, `1 234.5`, `１２３.４`), or null. */
export function textNumber(s: string): number | null {
  const t = s.replace(FULLWIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[,\s]/g, '').replace(/^'/, '');
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : null;
}

/** The row that ends a table: 合计 / 总计 / 共计. */
export const TOTAL_ROW = /^(合\s*计|总\s*计|共\s*计)/;

export interface HeaderMatch {
  tableId: string;
  /** The header's first row (1-based, as `text` counts): what stands above it is a title. */
  first: number;
  /** The header's last row: data starts below it. */
  row: number;
  /** Column (1-based) → the field it holds. */
  cols: Map<number, Field>;
}

/**
 * The table and header row that name the most known columns, looking at the first rows of a grid.
 * A header over two rows (金额 above 小计 | 其中…) is read as one: a column's title may be its
 * upper cell, its lower cell or both together.
 */
let anyHeader: Set<string> | null = null;
/** Every header text of every table, for a first look: most tables of a document are none of them. */
function knownHeaders(): Set<string> {
  anyHeader ??= new Set(Object.keys(readTablesRegistry()).flatMap((id) => [...headerIndex(id).fields.keys()]));
  return anyHeader;
}

export function matchHeader(text: (r: number, c: number) => string, rows: number, columns: number, tableIds: readonly string[]): HeaderMatch | null {
  let best: (HeaderMatch & { score: number }) | null = null;
  // No two cells of the first rows that any table's header has: nothing to try (a lower cell may add to an upper one, so both count).
  const known = knownHeaders();
  let seen = 0;
  for (let r = 1; r <= Math.min(rows, 16) && seen < 2; r++) {
    for (let c = 1; c <= Math.min(columns, 60) && seen < 2; c++) {
      const t = text(r, c);
      if (t && (known.has(normHeader(t)) || known.has(bare(t)))) seen++;
    }
  }
  if (seen < 2) return null;
  // Each text in its two compare forms once, whichever table it is tried against.
  const forms = new Map<string, [string, string]>();
  const formsOf = (t: string): [string, string] => {
    let f = forms.get(t);
    if (!f) forms.set(t, (f = [normHeader(t), bare(t)]));
    return f;
  };
  for (const tableId of tableIds) {
    const { fields } = headerIndex(tableId);
    const field = (t: string): Field | undefined => {
      if (!t) return undefined;
      const [n, b] = formsOf(t);
      return fields.get(n) ?? fields.get(b);
    };
    for (let r = 1; r <= Math.min(rows, 15); r++) {
      for (const two of r < rows ? [false, true] : [false]) {
        const cols = new Map<number, Field>();
        // Whether the upper row names a column itself: if not, it is a title above a one-row header.
        let upperNames = !two;
        for (let c = 1; c <= Math.min(columns, 60); c++) {
          const upper = text(r, c);
          const lower = two ? text(r + 1, c) : '';
          const byLower = two ? field(lower) : undefined;
          const f = byLower ?? field(upper + lower) ?? field(upper);
          if (f && ![...cols.values()].includes(f)) {
            cols.set(c, f);
            if (f !== byLower) upperNames = true;
          }
        }
        const score = cols.size;
        if (score >= 2 && (!best || score > best.score)) best = { tableId, first: upperNames ? r : r + 1, row: two ? r + 1 : r, cols, score };
      }
    }
  }
  return best ? { tableId: best.tableId, first: best.first, row: best.row, cols: best.cols } : null;
}
