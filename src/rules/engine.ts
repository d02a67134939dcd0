import { existsSync, readdirSync } from 'node:fs';
import { isGap, materialStatuses } from '../materials/status.js';
import { gapReport, reportDueMaterials } from './lib/materials.js';
import type { ItemStatus } from '../materials/status.js';
import { join } from 'node:path';
import type { Day } from '../calendar/dates.js';
import type { WorkCalendar } from '../calendar/workdays.js';
import type { Finding, Severity } from '../findings.js';
import type { Lang } from '../i18n/lang.js';
import { pick } from '../i18n/lang.js';
import { defaultDocumentPath, readDocumentsRegistry } from '../package/documents-registry.js';
import type { LoadedPackage } from '../package/load.js';
import { readTablesRegistry } from '../package/tables.js';
import { TABLES_DIR } from '../package/load.js';
import { dueFacts } from './lib/requirements.js';
import { stageOf, stageReached } from '../profiles/stages.js';
import { valuePosition } from '../package/yaml-file.js';
import type { YamlFile } from '../package/yaml-file.js';
import { citation, isProfileId, loadProfile } from '../profiles/profile.js';
import type { Profile } from '../profiles/profile.js';
import { RULES } from './index.js';
import { profileRules } from './instances.js';
import type { DeadlineNote, Facts, Report, Rule, RuleContext, RuledDeadline, RuleMeta, Table } from './types.js';
import { checkPackageOutlines } from '../outline/package.js';
import { insideFolder } from '../package/documents.js';
import type { PackageOutlines } from '../outline/package.js';
import type { RouteStep } from './lib/route.js';
import { pushAll } from '../arrays.js';

export interface RuleRunOptions {
  asOf: Day;
  lang: Lang;
  calendar: WorkCalendar;
}

/** The finding's `source`: the regulation and article the rule enforces. */
export function ruleSource(meta: RuleMeta): string | null {
  if (meta.origin === null) return null;
  const base = isProfileId(meta.origin) ? citation(loadProfile(meta.origin), meta.article) : `${meta.origin}${meta.article}`;
  return meta.believed ? `${base}（通行做法，条款待核）` : base;
}

/** The rules a profile switches on, each with its parameters merged over the defaults. */
export function rulesInForce(profile: Profile): { rule: Rule; params: Record<string, number | string | boolean> }[] {
  const out = [];
  for (const rule of RULES) {
    const setting = profile.rules[rule.meta.id];
    if (setting === undefined || setting === false) continue;
    out.push({ rule, params: { ...(rule.meta.params ?? {}), ...((setting ?? {}) as Record<string, number | string | boolean>) } });
  }
  for (const rule of profileRules(profile)) out.push({ rule, params: rule.meta.params ?? {} });
  return out;
}

type Push = (severity: Severity, message: string, file: string, pointer: string, at?: Report['at'], source?: string | null, evidence?: Report['evidence']) => void;

/** Why a rule that ran has not really checked the package: its facts are not due yet, or they are due and missing. */
type Skip = { why: 'not-yet-due' | 'blocked' | null };

/** Where a document of the package is: the path the facts declare, or docs/<title>.docx|.md; null if absent. */
export function documentPath(pkg: LoadedPackage, id: string): string | null {
  const facts = pkg.facts.data as Facts;
  const declared = facts.documents?.[id];
  const d = readDocumentsRegistry()[id];
  const candidates = declared ? [declared] : d ? (['docx', 'md', 'pdf', 'doc', 'wps'] as const).map((ext) => defaultDocumentPath(d, ext)) : [];
  return candidates.find((c) => existsSync(join(pkg.dir, c))) ?? null;
}

const outlineCache = new WeakMap<LoadedPackage, PackageOutlines>();
const materialCache = new WeakMap<LoadedPackage, ReturnType<typeof materialStatuses>>();

/** The outlines of the package's documents, read and checked once per package. */
export function packageOutlines(pkg: LoadedPackage, lang: Lang): PackageOutlines {
  let hit = outlineCache.get(pkg);
  if (!hit) {
    const docs: Record<string, string> = {};
    // Every document the package holds is read (its text is checked); those with an outline are checked against it too.
    for (const id of new Set([...Object.keys(pkg.profile.outlines), ...Object.keys(readDocumentsRegistry())])) {
      const path = documentPath(pkg, id);
      // A document outside the package is reported by the package check and never read.
      if (path && insideFolder(pkg.dir, join(pkg.dir, path))) docs[id] = path;
    }
    hit = checkPackageOutlines(pkg.dir, pkg.profile, pkg.facts.data as Facts, docs, lang);
    outlineCache.set(pkg, hit);
  }
  return hit;
}

/** A document the project's route asks for: from which stage, and whether the package has reached it. */
export interface RouteDocument {
  from: string;
  due: boolean;
}

const routeCache = new WeakMap<LoadedPackage, Map<string, RouteDocument>>();

/**
 * The documents the project's route needs (every route rule in force; without one, the profile's
 * documents), each due from the later of the profile's `documentsFrom` and its own step's stage.
 * One of a later stage is neither required nor judged by its outline yet.
 */
export function routeDocuments(pkg: LoadedPackage, tableFiles: Map<string, YamlFile>, opts: RuleRunOptions): Map<string, RouteDocument> {
  let hit = routeCache.get(pkg);
  if (hit) return hit;
  const profile = pkg.profile;
  const stage = stageOf(profile, pkg.facts.data as Facts);
  const steps: RouteStep[] = [];
  const routes = rulesInForce(profile).filter(({ rule }) => rule.route);
  for (const { rule, params } of routes) pushAll(steps, rule.route!(makeContext(pkg, tableFiles, opts, rule.meta, params, () => {}, new Set(), { why: null })));
  if (routes.length === 0) for (const doc of profile.documents) steps.push({ doc, why: { zh: '', en: '' } });
  hit = new Map();
  for (const s of steps) {
    const from = s.dueFrom && profile.stages.indexOf(s.dueFrom) > profile.stages.indexOf(profile.documentsFrom) ? s.dueFrom : profile.documentsFrom;
    const known = hit.get(s.doc);
    if (!known || profile.stages.indexOf(from) < profile.stages.indexOf(known.from)) hit.set(s.doc, { from, due: stageReached(profile, stage, from) });
  }
  routeCache.set(pkg, hit);
  return hit;
}

/** The profile's materials and their status in this package, read once per package (several rules and the report ask). */
export function packageMaterials(pkg: LoadedPackage, opts: Pick<RuleRunOptions, 'asOf' | 'calendar' | 'lang'>): ItemStatus[] {
  let hit = materialCache.get(pkg);
  if (!hit) materialCache.set(pkg, (hit = materialStatuses(pkg.dir, pkg.facts.data as Facts, pkg.profile, opts.asOf, opts.calendar, opts.lang)));
  return hit;
}

function makeContext(
  pkg: LoadedPackage,
  tableFiles: Map<string, YamlFile>,
  opts: RuleRunOptions,
  meta: RuleMeta,
  params: Record<string, number | string | boolean>,
  push: Push,
  due: ReadonlySet<string>,
  skip: Skip,
  note: (d: DeadlineNote) => void = () => {},
): RuleContext {
  const facts = pkg.facts.data as Facts;
  const docs = readDocumentsRegistry();
  const tableRegistry = readTablesRegistry();
  return {
    ruleId: meta.id,
    facts,
    profile: pkg.profile,
    params,
    asOf: opts.asOf,
    lang: opts.lang,
    calendar: opts.calendar,
    table(id): Table | null {
      const yf = tableRegistry[id] ? tableFiles.get(id) : undefined;
      return yf ? { file: yf.file, data: yf.data as Table['data'], ...(yf.above ? { above: yf.above } : {}) } : null;
    },
    tableFile(id) {
      const entry = tableRegistry[id];
      const base = entry ? `${TABLES_DIR}/${entry.file.replace(/\.ya?ml$/, '')}` : null;
      return base ? (pkg.tables.find((t) => t.file.replace(/\.(ya?ml|xlsx)$/i, '') === base)?.file ?? null) : null;
    },
    document(id) {
      return documentPath(pkg, id);
    },
    expectedDocument(id) {
      const d = docs[id];
      return facts.documents?.[id] ?? (d ? defaultDocumentPath(d, 'docx') : id);
    },
    report(r) {
      push(r.severity ?? meta.severity, pick(opts.lang, r.zh, r.en), r.file ?? pkg.facts.file, r.pointer ?? '', r.at, r.source, r.evidence);
    },
    outlineProblems() {
      // A document of the route is judged by its outline and chapters once it is due; one the route
      // does not need, only when it was written (some articles ask of a document whenever one is made,
      // 金湖 第十四条); a skeleton nobody needs yet, never.
      const route = routeDocuments(pkg, tableFiles, opts);
      const read = packageOutlines(pkg, opts.lang);
      const written = new Set(read.documents.filter((d) => !d.skeleton).map((d) => d.doc));
      return read.problems.filter((p) => route.get(p.doc)?.due ?? written.has(p.doc));
    },
    documents() {
      // What the documents say is checked wherever something is written: a skeleton says nothing.
      return packageOutlines(pkg, opts.lang).documents.filter((d) => !d.skeleton);
    },
    skeleton(id) {
      return packageOutlines(pkg, opts.lang).documents.some((d) => d.doc === id && d.skeleton);
    },
    materials() {
      return packageMaterials(pkg, opts);
    },
    docsFolder() {
      const abs = join(pkg.dir, 'docs');
      try {
        return readdirSync(abs).filter((n) => !n.startsWith('.') && !n.startsWith('~$'));
      } catch {
        return [];
      }
    },
    needs(pointer, zh, en, facts = []) {
      if (facts.some((f) => due.has(f))) {
        skip.why = 'blocked';
        return;
      }
      skip.why ??= 'not-yet-due';
      push('info', pick(opts.lang, `未检查：缺少${zh}`, `not checked: ${en} is not stated`), pkg.facts.file, pointer);
    },
    deadline: note,
    uncovered(day, pointer) {
      push(
        'warning',
        pick(opts.lang, `${day} 超出节假日数据的范围，工作日无法确定；可用 --holidays 提供该年的放假安排`, `${day} is outside the holiday data; working days cannot be counted (add the year with --holidays)`),
        pkg.facts.file,
        pointer,
      );
    },
  };
}

/** How many rules in force checked the package, waited for a later stage, or lacked a fact that is due. */
export interface RuleCounts {
  checked: number;
  notYetDue: number;
  blocked: number;
}

/** Run every rule in force; a rule that throws becomes a finding marked `crashed`. */
export function runRules(pkg: LoadedPackage, tableFiles: Map<string, YamlFile>, opts: RuleRunOptions): { findings: Finding[]; crashed: boolean; counts: RuleCounts; deadlines: RuledDeadline[] } {
  const findings: Finding[] = [];
  const deadlines: RuledDeadline[] = [];
  const counts: RuleCounts = { checked: 0, notYetDue: 0, blocked: 0 };
  const facts = pkg.facts.data as Facts;
  const due = dueFacts(pkg.profile, facts);
  const stage = stageOf(pkg.profile, facts);
  let crashed = false;
  const files = new Map<string, YamlFile>([[pkg.facts.file, pkg.facts], ...[...tableFiles.values()].map((t) => [t.file, t] as const)]);
  for (const { rule, params } of rulesInForce(pkg.profile)) {
    const meta = rule.meta;
    const source = ruleSource(meta);
    const skip: Skip = { why: null };
    let loud = false;
    const push: Push = (severity, message, file, pointer, at, own, evidence) => {
      const yf = files.get(file);
      const pos = at ?? (yf ? valuePosition(yf, pointer) : { line: 1, column: 1 });
      if (severity !== 'info') loud = true;
      const cell = 'cell' in pos ? pos.cell : undefined;
      findings.push({ ruleId: meta.id, severity, message, file, line: pos.line, column: pos.column, ...(at?.place ? { place: at.place } : {}), ...(cell ? { cell } : {}), source: own === undefined ? source : own, ...(evidence ? { evidence } : {}) });
    };
    try {
      const note = (d: DeadlineNote): void => void deadlines.push({ ...d, ruleId: meta.id, source });
      const ctx = makeContext(pkg, tableFiles, opts, meta, params, push, due, skip, note);
      rule.check(ctx);
      // The materials a profile files under a rule of another kind (a time rule's 试运行报告) are due too.
      if (meta.family !== 'materials' && pkg.profile.materials.some((m) => m.rule === meta.id)) reportDueMaterials(ctx);
      const early = meta.stage !== undefined && !stageReached(pkg.profile, stage, meta.stage);
      const why = loud ? null : skip.why ?? (early ? 'not-yet-due' : null);
      if (why === 'blocked') counts.blocked++;
      else if (why === 'not-yet-due') counts.notYetDue++;
      else counts.checked++;
    } catch (err) {
      crashed = true;
      push('error', pick(opts.lang, `检查未能运行：${(err as Error).message}`, `check failed to run: ${(err as Error).message}`), pkg.facts.file, '');
    }
  }
  // Items of no rule in force (none named, or switched off) are due all the same: under `materials`.
  const ruled = new Set(rulesInForce(pkg.profile).map(({ rule }) => rule.meta.id));
  const loose = new Map(pkg.profile.materials.filter((m) => !m.rule || !ruled.has(m.rule)).map((m) => [m.id, m]));
  if (loose.size > 0) {
    for (const item of packageMaterials(pkg, opts)) {
      if (!loose.has(item.id) || !isGap(item)) continue;
      const r = gapReport(item, pkg.profile.stages[0]!);
      findings.push({ ruleId: MATERIALS_RULE, severity: r.severity ?? 'error', message: pick(opts.lang, r.zh, r.en), file: r.file!, line: 1, column: 1, source: citation(pkg.profile, item.article) });
    }
  }
  return { findings, crashed, counts, deadlines };
}

/** The rule ID of the findings about materials that no rule in force names. */
export const MATERIALS_RULE = 'materials';

/** The documents each route rule in force asks of this project, with the reason and whether they exist. */
export function explainRoute(
  pkg: LoadedPackage,
  tableFiles: Map<string, YamlFile>,
  opts: RuleRunOptions,
): { ruleId: string; source: string | null; steps: (RouteStep & { found: string | null; expected: string; from: string; due: boolean; skeleton: boolean })[] }[] {
  const out = [];
  const due = routeDocuments(pkg, tableFiles, opts);
  for (const { rule, params } of rulesInForce(pkg.profile)) {
    if (!rule.route) continue;
    const ctx = makeContext(pkg, tableFiles, opts, rule.meta, params, () => {}, new Set(), { why: null });
    const steps = rule.route(ctx).map((s) => {
      const found = ctx.document(s.doc);
      const at = due.get(s.doc) ?? { from: pkg.profile.documentsFrom, due: false };
      return { ...s, found, expected: ctx.expectedDocument(s.doc), from: at.from, due: at.due, skeleton: found !== null && ctx.skeleton(s.doc) };
    });
    out.push({ ruleId: rule.meta.id, source: ruleSource(rule.meta), steps });
  }
  return out;
}
