import { readdirSync } from 'node:fs';
import { assetPath } from '../data/assets.js';
import { readDataYaml } from '../data/data-file.js';

/** A cell of a form template: printed words (`label`, `text`), a bound `value`, or a signature block. */
export interface CellTemplate {
  label?: string;
  text?: string;
  value?: string;
  span?: number;
  /** The least row height, mm. */
  height?: number;
  align?: 'left' | 'center' | 'right';
  sign?: { lines: string[]; seal: boolean; date: boolean };
}

export interface ColumnTemplate {
  title: string;
  width: number;
  value?: string;
  /** The cell on a group's heading row (`groupBy`), e.g. its numeral, name and subtotal. */
  group?: string;
  align?: 'left' | 'center' | 'right';
}

interface Common {
  id: string;
  file: string;
  title: string[];
  article: string;
  /** The project stages at which `render` draws this form by default. */
  stages: string[];
  preface?: string;
  unitNote?: string;
  notes: string[];
  /** The original's `附件N` label at the top left. */
  attachment?: string;
  /** A wide table printed on a landscape page. */
  landscape?: boolean;
}

/** A fixed form: rows of cells bound to the facts. */
export interface GridTemplate extends Common {
  kind: 'grid';
  columns: number[];
  rows: CellTemplate[][];
}

/** An annex table: a header row, one row per row of tables/<table>, a total. */
export interface TableTemplate extends Common {
  kind: 'table';
  table: string;
  columns: ColumnTemplate[];
  /**
   * Rows grouped by a field, in this order, each group under a heading row of its own numbered
   * 一、二、三 with its subtotal; the rows inside numbered 1, 2, 3 (the 估算表's usual shape).
   */
  groupBy?: { field: string; order: string[] };
  /**
   * The total row: `label` over the first `column` columns, then `values` one cell each (`{total}`,
   * `{sum.personMonths}`, `100.00`), the rest blank; `words` the 大写 on a row of its own.
   */
  total?: { label: string; values: string[]; column: number; words?: string };
}

/** A list of the profile's acceptance materials. */
export interface MaterialsTemplate extends Common {
  kind: 'materials';
  columns: ColumnTemplate[];
}

export type FormTemplate = GridTemplate | TableTemplate | MaterialsTemplate;

let cache: Map<string, FormTemplate> | null = null;

/** Every form template in templates/forms/, by id. */
export function formTemplates(): Map<string, FormTemplate> {
  if (cache) return cache;
  cache = new Map();
  const dir = assetPath('templates', 'forms');
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.yaml')).sort()) {
    const t = readDataYaml('templates', 'forms', f) as FormTemplate;
    cache.set(t.id, { ...t, notes: t.notes ?? [] });
  }
  return cache;
}

/** Column widths of a template, mm. */
export const widthsOf = (t: FormTemplate): number[] => (t.kind === 'grid' ? t.columns : t.columns.map((c) => c.width));
