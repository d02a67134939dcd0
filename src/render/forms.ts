import type { Day } from '../calendar/dates.js';
import { notApplicable } from '../materials/condition.js';
import type { Lang } from '../i18n/lang.js';
import type { Material } from '../profiles/profile.js';
import type { LoadedPackage } from '../package/load.js';
import { readTablesRegistry } from '../package/tables.js';
import type { Facts } from '../model/facts.js';
import { bindForm } from './bind.js';
import type { BindInput, MaterialRow } from './bind.js';
import type { BoundForm } from './model.js';
import { formTemplates } from '../forms/template.js';
import type { FormTemplate } from '../forms/template.js';
import { routeDocuments } from '../rules/engine.js';
import { packagedCalendar } from '../calendar/workdays.js';
import { readDocumentsRegistry } from '../package/documents-registry.js';

/** The templates of a profile's forms, in the profile's order. */
export function profileForms(pkg: LoadedPackage): FormTemplate[] {
  const all = formTemplates();
  return pkg.profile.forms.map((id) => all.get(id)).filter((t): t is FormTemplate => t !== undefined);
}

/** The forms drawn by default: those the project's stage uses. */
export function formsForStage(pkg: LoadedPackage): FormTemplate[] {
  const stage = (pkg.facts.data as Facts | undefined)?.stage;
  return profileForms(pkg).filter((t) => stage !== undefined && t.stages.includes(stage));
}

/**
 * The 竣工验收材料清单 rows as the original numbers them: `02` → `2`; the sub-items of a group
 * (`13-1`, `13-2` …) under a row of their own that carries the group's number and heading, each
 * numbered `（1）`, `（2）` …. Not-applicable items carry the reason in 备注, or are left out.
 */
export function materialRows(pkg: LoadedPackage, lang: Lang, omitNotApplicable: boolean, remarkOf?: (m: Material) => string): MaterialRow[] {
  const facts = pkg.facts.data as Facts;
  const rows: MaterialRow[] = [];
  let group: string | undefined;
  for (const m of pkg.profile.materials) {
    if (m.onForm === false) continue;
    const na = notApplicable(m.when, facts, lang);
    if (na && omitNotApplicable) continue;
    const [no, sub] = m.id.replace(/^0+(?=\d)/, '').split('-');
    if (m.group && m.group !== group) rows.push({ no: no!, title: `${m.group}：`, remark: '' });
    group = m.group;
    const title = m.detail ? `${m.title}（${m.detail}）` : m.title;
    const remark = remarkOf ? remarkOf(m) : na ? `不适用：${na}` : '';
    rows.push({ no: m.group && sub ? `（${sub}）` : no!, title, remark });
  }
  return rows;
}

/** The package's annex tables by id, as read (files that failed to parse are left out). */
export function packageTables(pkg: LoadedPackage): BindInput['tables'] {
  const registry = readTablesRegistry();
  const out: BindInput['tables'] = {};
  for (const t of pkg.tables) {
    const data = t.data as { table?: string; rows?: unknown; total?: number } | undefined;
    if (!data || !Array.isArray(data.rows)) continue;
    const id = typeof data.table === 'string' ? data.table : Object.entries(registry).find(([, e]) => t.file.endsWith(`/${e.file}`))?.[0];
    if (id) out[id] = { rows: data.rows as Record<string, unknown>[], ...(typeof data.total === 'number' ? { total: data.total } : {}) };
  }
  return out;
}

export interface BindOptions {
  lang: Lang;
  asOf: Day;
  omitNotApplicable?: boolean;
  /** Rows of the materials list, when the caller has its own (the checklist's statuses). */
  materials?: MaterialRow[];
}

/** The document the annex tables go with: the first of the project's route (吉林 第九条: the 可研 when it replaces the 建议书). */
function annexOf(pkg: LoadedPackage, o: BindOptions): string {
  const [first] = routeDocuments(pkg, new Map(), { asOf: o.asOf, lang: o.lang, calendar: packagedCalendar() }).keys();
  return (first && readDocumentsRegistry()[first]?.short) ?? '建议书';
}

export function bindPackageForm(pkg: LoadedPackage, t: FormTemplate, o: BindOptions): BoundForm {
  return bindForm(t, {
    annexOf: annexOf(pkg, o),
    facts: pkg.facts.data as BindInput['facts'],
    profileName: pkg.profile.name,
    tables: packageTables(pkg),
    materials: o.materials ?? materialRows(pkg, o.lang, o.omitNotApplicable === true),
    asOf: o.asOf,
  });
}
