import type { Day } from '../calendar/dates.js';
import { sumOf } from '../model/money.js';
import type { Facts } from '../model/facts.js';
import { cnDate, daxieWan } from './format.js';
import { wan } from '../model/money.js';
import type { BoundForm, CellModel, FormModel } from './model.js';
import type { CellTemplate, ColumnTemplate, FormTemplate } from '../forms/template.js';
import { widthsOf } from '../forms/template.js';

/** One row of the 竣工验收材料清单: number, title and what goes in 备注. */
export interface MaterialRow {
  no: string;
  title: string;
  remark: string;
}

export interface BindInput {
  facts: Facts & { summary?: Record<string, string> };
  profileName: string;
  /** Annex tables by id (tables/*.yaml as read). */
  tables: Record<string, { rows: Record<string, unknown>[]; total?: number }>;
  materials: MaterialRow[];
  asOf: Day;
  /** The short name of the document annex tables go with: the first of the project's route (建议书, 可研…). */
  annexOf?: string;
}

type Scope = Record<string, unknown>;

const FILTERS: Record<string, (v: unknown) => string> = {
  wan: (v) => (typeof v === 'number' ? wan(v) : String(v)),
  daxie: (v) => (typeof v === 'number' ? daxieWan(v) : String(v)),
  date: (v) => (typeof v === 'string' ? cnDate(v) : String(v)),
  yesno: (v) => (v === true ? '是' : v === false ? '否' : String(v)),
  /** A share in per cent with two decimals. */
  pct: (v) => (typeof v === 'number' ? (Math.round(v * 100) / 100).toFixed(2) : String(v)),
};

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

function lookup(scope: Scope, path: string): unknown {
  let node: unknown = scope;
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Scope)[key];
  }
  return node;
}

/** Values a form asks for that are computed from the facts rather than stated. */
function computed(input: BindInput): Scope {
  const { facts } = input;
  const natures = [...new Set((facts.money?.funding ?? []).map((f) => f.nature))];
  const yearly = facts.money?.yearly ?? [];
  const paid = yearly.filter((y) => y.paid !== undefined && y.paid > 0);
  const next = yearly.find((y) => y.year === Number(input.asOf.slice(0, 4)) + 1);
  const filed = facts.dates?.planFiled;
  return {
    profileName: input.profileName,
    annexOf: input.annexOf ?? '建议书',
    planYear: filed ? Number(filed.slice(0, 4)) + 1 : undefined,
    fundNatures: natures.length > 0 ? natures.join('、') : undefined,
    paidHistory: paid.length > 0 ? paid.map((y) => `${y.year}年支付 ${wan(y.paid!)} 万元`).join('；') : undefined,
    nextYearDue: next ? Math.max(0, Math.round((next.budget - (next.paid ?? 0)) * 100) / 100) : undefined,
  };
}

/** The key of project.yaml each computed value comes from: a warning names what the user edits. */
const COMPUTED_FROM: Record<string, string> = {
  planYear: 'dates.planFiled',
  fundNatures: 'money.funding',
  paidHistory: 'money.yearly',
  nextYearDue: 'money.yearly',
};

/** Fill `{path|filter}` placeholders; a missing value leaves a blank and is recorded. */
function fill(text: string, scope: Scope, missing: Set<string>): string {
  return text.replace(/\{([#\w.]+)(?:\|(\w+))?\}/g, (_, path: string, filter?: string) => {
    const v = lookup(scope, path);
    if (v === undefined || v === null || v === '') {
      missing.add(COMPUTED_FROM[path] ?? path);
      return '';
    }
    return filter && FILTERS[filter] ? FILTERS[filter](v) : String(v);
  });
}

const cell = (text: string, o: Partial<CellModel> = {}): CellModel => ({ text, colSpan: 1, align: 'left', label: false, ...o });

function gridCell(t: CellTemplate, scope: Scope, missing: Set<string>): CellModel {
  const text = t.label ?? [t.text, t.value !== undefined ? fill(t.value, scope, missing) : undefined].filter((s) => s !== undefined).join('');
  return cell(text, {
    colSpan: t.span ?? 1,
    align: t.align ?? (t.label !== undefined ? 'center' : 'left'),
    label: t.label !== undefined,
    ...(t.height ? { minHeightMm: t.height } : {}),
    ...(t.sign ? { sign: t.sign } : {}),
  });
}

/** Bind a form template to a package's facts and tables: the model both painters draw. */
export function bindForm(t: FormTemplate, input: BindInput): BoundForm {
  const missing = new Set<string>();
  const scope: Scope = { ...input.facts, ...computed(input) };
  const base = {
    id: t.id,
    fileName: fill(t.file, scope, missing),
    title: t.title.map((line) => fill(line, scope, missing)),
    ...(t.preface ? { preface: fill(t.preface, scope, missing) } : {}),
    ...(t.unitNote ? { unitNote: t.unitNote } : {}),
    columns: widthsOf(t),
    notes: t.notes,
    ...(t.attachment ? { attachment: t.attachment } : {}),
    ...(t.landscape ? { landscape: true } : {}),
  };
  let form: FormModel;
  if (t.kind === 'grid') {
    form = { ...base, rows: t.rows.map((r) => r.map((c) => gridCell(c, scope, missing))), headerRows: 0 };
  } else {
    const header = t.columns.map((c) => cell(c.title, { align: 'center', label: true }));
    let body: CellModel[][];
    if (t.kind === 'materials') {
      body = input.materials.map((m) => [cell(m.no, { align: 'center' }), cell(m.title), cell(''), cell(m.remark)]);
    } else {
      const table = input.tables[t.table];
      if (!table) missing.add(`tables/${t.table}`);
      const rows = table?.rows ?? [];
      const total = table?.total ?? sumOf(rows.map((r) => Number(r.amount ?? 0)));
      // A row's share of the total, when the table does not state it.
      const withShare = (row: Scope): Scope => ({ share: total > 0 && typeof row.amount === 'number' ? (row.amount / total) * 100 : undefined, ...row });
      // Blanks the table does not fill are not missing facts: a row may leave a remark empty.
      const line = (row: Scope, values: (c: ColumnTemplate) => string | undefined): CellModel[] =>
        t.columns.map((c) => cell(fill(values(c) ?? '', row, new Set()), { align: c.align ?? 'left' }));
      body = [];
      if (t.groupBy) {
        const { field, order } = t.groupBy;
        order.forEach((name, g) => {
          const members = rows.filter((r) => r[field] === name);
          if (members.length === 0) return;
          const amount = sumOf(members.map((r) => Number(r.amount ?? 0)));
          body.push(line(withShare({ '#': `${NUMERALS[g] ?? g + 1}、`, name, amount }), (c) => c.group));
          members.forEach((r, i) => body.push(line(withShare({ ...r, '#': i + 1 }), (c) => c.value)));
        });
      } else rows.forEach((r, i) => body.push(line(withShare({ ...r, '#': i + 1 }), (c) => c.value)));
      if (t.total) {
        const sums: Scope = {};
        for (const r of rows) for (const [k, v] of Object.entries(r)) if (typeof v === 'number') sums[k] = sumOf([Number(sums[k] ?? 0), v]);
        const totalScope = { total, sum: sums };
        const tail = t.columns.length - t.total.column - t.total.values.length;
        body.push([
          cell(t.total.label, { colSpan: t.total.column, align: 'center', label: true }),
          ...t.total.values.map((v, i) => cell(fill(v, totalScope, missing), { align: t.columns[t.total!.column + i]?.align ?? 'right' })),
          ...(tail > 0 ? [cell('', { colSpan: tail })] : []),
        ]);
        // The 大写 on a row of its own, from the amount column to the edge: it has room to stand whole.
        if (t.total.words) {
          body.push([
            cell(`${t.total.label}（大写）`, { colSpan: t.total.column, align: 'center', label: true }),
            cell(fill(t.total.words, totalScope, missing), { colSpan: t.columns.length - t.total.column }),
          ]);
        }
      }
    }
    form = { ...base, rows: [header, ...body], headerRows: 1 };
  }
  return { form, missing: [...missing] };
}
