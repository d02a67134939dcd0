import type { YamlFile } from '../package/yaml-file.js';
import { compareAmounts } from '../model/money.js';

// The annex tables of two versions, row by row: a row is matched by its name (the first of name,
// source, module, system that the table's rows all have), else by its place; then cell by cell.

type Row = Record<string, unknown>;

export interface CellChange {
  key: string;
  old: unknown;
  new: unknown;
}

export interface TableDiff {
  table: string;
  file: string;
  added: Row[];
  removed: Row[];
  changed: { row: string; cells: CellChange[] }[];
  totalBefore: number | null;
  totalAfter: number | null;
}

const KEYS = ['name', 'source', 'module', 'system', 'kind'];

function tableOf(f: YamlFile): { id: string; rows: Row[]; total: number | null } | null {
  const d = f.data as { table?: unknown; rows?: unknown; total?: unknown } | undefined;
  if (!d || !Array.isArray(d.rows)) return null;
  const id = typeof d.table === 'string' ? d.table : f.file.replace(/^tables\//, '').replace(/\.(ya?ml|xlsx)$/i, '');
  return { id, rows: d.rows.filter((r): r is Row => !!r && typeof r === 'object'), total: typeof d.total === 'number' ? d.total : null };
}

const sumOf = (rows: Row[]): number | null => {
  const xs = rows.map((r) => r.amount).filter((a): a is number => typeof a === 'number');
  return xs.length === 0 ? null : Math.round(xs.reduce((a, b) => a + b, 0) * 100) / 100;
};

/** Each row's label: its name (the n-th of that name when several share it), else its place. */
function labels(rows: Row[], key: string | undefined): string[] {
  const seen = new Map<string, number>();
  return rows.map((r, i) => {
    if (!key || typeof r[key] !== 'string') return `第 ${i + 1} 行`;
    const name = r[key] as string;
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    return n === 1 ? name : `${name}（${n}）`;
  });
}

const same = (a: unknown, b: unknown): boolean => (typeof a === 'number' && typeof b === 'number' ? compareAmounts(a, b) === 0 : JSON.stringify(a) === JSON.stringify(b));

export function diffTables(before: YamlFile[], after: YamlFile[]): TableDiff[] {
  const byId = (files: YamlFile[]) => new Map(files.flatMap((f) => {
    const t = tableOf(f);
    return t ? [[t.id, { f, t }] as const] : [];
  }));
  const olds = byId(before);
  const news = byId(after);
  const out: TableDiff[] = [];
  const ids = new Set([...olds.keys(), ...news.keys()]);
  for (const id of ids) {
    const o = olds.get(id);
    const n = news.get(id);
    const oldRows = o?.t.rows ?? [];
    const newRows = n?.t.rows ?? [];
    const all = [...oldRows, ...newRows];
    const key = KEYS.find((k) => all.length > 0 && all.every((r) => typeof r[k] === 'string'));
    const ol = labels(oldRows, key);
    const nl = labels(newRows, key);
    const byLabel = new Map(ol.map((l, i) => [l, oldRows[i]!]));
    const newLabels = new Set(nl);
    const diff: TableDiff = {
      table: id,
      file: n?.f.file ?? o!.f.file,
      added: newRows.filter((_, i) => !byLabel.has(nl[i]!)),
      removed: oldRows.filter((_, i) => !newLabels.has(ol[i]!)),
      changed: [],
      totalBefore: o ? (o.t.total ?? sumOf(oldRows)) : null,
      totalAfter: n ? (n.t.total ?? sumOf(newRows)) : null,
    };
    newRows.forEach((r, i) => {
      const prev = byLabel.get(nl[i]!);
      if (!prev) return;
      const cells = [...new Set([...Object.keys(prev), ...Object.keys(r)])].filter((k) => !same(prev[k], r[k])).map((k) => ({ key: k, old: prev[k], new: r[k] }));
      if (cells.length > 0) diff.changed.push({ row: nl[i]!, cells });
    });
    const totals = diff.totalBefore === null || diff.totalAfter === null ? diff.totalBefore !== diff.totalAfter : compareAmounts(diff.totalBefore, diff.totalAfter) !== 0;
    if (diff.added.length + diff.removed.length + diff.changed.length > 0 || totals) out.push(diff);
  }
  return out;
}
