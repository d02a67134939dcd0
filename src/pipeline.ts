import { isAbsolute, relative, resolve } from 'node:path';
import type { Finding, PackageResult, Summary } from './findings.js';
import type { Facts } from './rules/types.js';
import { stageOf } from './profiles/stages.js';
import { sortFindings, summarize } from './findings.js';
import type { Lang } from './i18n/lang.js';
import { pick } from './i18n/lang.js';
import { documentFindings } from './package/documents.js';
import { loadPackage } from './package/load.js';
import type { LoadedPackage } from './package/load.js';
import type { YamlFile } from './package/yaml-file.js';
import { valuePosition } from './package/yaml-file.js';
import type { Day } from './calendar/dates.js';
import type { WorkCalendar } from './calendar/workdays.js';
import { explainRoute, packageOutlines, runRules } from './rules/engine.js';
import { packageTimeline } from './rules/timeline.js';
import type { Timeline } from './model/timeline.js';
import { readTablesRegistry } from './package/tables.js';
import { projectSchema, projectValidator, tableSchema, tableValidator } from './schema/compile.js';
import { schemaFindings } from './schema/check.js';
import { forbiddenCharacters } from './schema/characters.js';
import { pushAll } from './arrays.js';

export interface ValidateRun {
  lang: Lang;
  /** The day deadlines are measured against (default: today). */
  asOf: Day;
  calendar: WorkCalendar;
  /** Also say which documents the project's route needs, and why. */
  explainPath?: boolean;
  /** Check as at this stage instead of the one project.yaml states. */
  stage?: string;
  /** Also build the HTML report's view of the package (validate/outcome does). */
  view?: boolean;
}

export type Route = ReturnType<typeof explainRoute>;

export interface Validated {
  result: PackageResult;
  route?: Route;
  /** The dated events and the deadlines the time rules derived (when the rules ran). */
  timeline?: Timeline;
  /** A rule failed to run: the package was not fully checked (exit 2). */
  crashed: boolean;
}

/** load → schema checks → rules of the profile → one result per package. */
export function validatePackage(dir: string, run: ValidateRun, loaded?: LoadedPackage): Validated {
  const { lang } = run;
  const pkg = loaded ?? loadPackage(dir, lang);
  const profileName = lang === 'en' ? pkg.profile.nameEn : pkg.profile.name;
  const findings: Finding[] = [...pkg.notes, ...pkg.facts.findings];
  let factsValid = false;
  if (run.stage !== undefined && pkg.facts.data && typeof pkg.facts.data === 'object') {
    if (pkg.profile.stages.includes(run.stage)) (pkg.facts.data as { stage?: string }).stage = run.stage;
    else findings.push(unknownStage(pkg.facts.file, run.stage, pkg.profile.stages, profileName, lang));
  }
  if (pkg.facts.data !== undefined) {
    pushAll(findings, unconfirmed(pkg.facts, lang));
    const schema = schemaFindings(pkg.facts, projectValidator(pkg.profile), projectSchema(), profileName, lang);
    factsValid = schema.length === 0 && pkg.profileKnown;
    pushAll(findings, schema, forbiddenCharacters(pkg.facts, projectSchema(), lang), documentFindings(dir, pkg.facts, lang));
  }
  const registry = readTablesRegistry();
  const validTables = new Map<string, YamlFile>();
  for (const t of pkg.tables) {
    pushAll(findings, t.findings);
    if (t.data === undefined) continue;
    const { id, findings: tf, characters } = tableFindings(t, registry, profileName, lang);
    pushAll(findings, tf, characters ?? []);
    if (id && tf.length === 0 && !t.findings.some((f) => f.severity === 'error')) validTables.set(id, t);
  }
  let crashed = false;
  let route: Route | undefined;
  let timeline: Timeline | undefined;
  let checked: Pick<Summary, 'stage' | 'checked' | 'notYetDue' | 'blocked'> = {};
  if (factsValid) {
    const opts = { asOf: run.asOf, lang, calendar: run.calendar };
    const ruled = runRules(pkg, validTables, opts);
    pushAll(findings, ruled.findings, packageOutlines(pkg, lang).unreadable);
    crashed = ruled.crashed;
    timeline = packageTimeline(pkg.facts.data as Facts, ruled.deadlines, run.asOf, run.calendar, lang);
    checked = { stage: stageOf(pkg.profile, pkg.facts.data as Facts), ...ruled.counts };
    if (run.explainPath) route = explainRoute(pkg, validTables, opts);
  } else if (pkg.facts.data !== undefined) {
    findings.push({
      ruleId: 'rules', severity: 'info', file: pkg.facts.file, line: 1, column: 1, source: null,
      message: pick(lang, '办法规则未检查：请先改正 project.yaml 的错误', 'regulation rules not checked: fix project.yaml first'),
    });
  }
  return {
    result: {
      path: displayPath(resolve(dir)),
      profile: pkg.profileKnown ? pkg.profile.id : null,
      findings: capFindings(sortFindings(findings), lang),
      // The counts are of every finding, those left out of the list included.
      summary: { ...summarize(findings), ...checked },
    },
    crashed,
    ...(route ? { route } : {}),
    ...(timeline ? { timeline } : {}),
  };
}

/**
 * A fact written `null` is one still to confirm (an imported draft's `# 待核实`): it counts as absent —
 * a rule that needs it says so, a required one is a schema error — and each is a warning at its line.
 * `declarations:` keep theirs: a question answered null is unanswered, which STAGE-REQUIRED reports.
 */
function unconfirmed(facts: YamlFile, lang: Lang): Finding[] {
  const out: Finding[] = [];
  const walk = (node: unknown, path: string[]): void => {
    if (!node || typeof node !== 'object' || Array.isArray(node)) return;
    for (const [k, v] of Object.entries(node as Record<string, unknown>)) {
      if (v === null && !(path.length === 0 && k === 'declarations')) {
        delete (node as Record<string, unknown>)[k];
        const pos = valuePosition(facts, `/${[...path, k].join('/')}`);
        out.push({ ruleId: 'package', severity: 'warning', file: facts.file, line: pos.line, column: pos.column, source: null, message: pick(lang, `待核实：${[...path, k].join('.')} 尚未填写（null）`, `to confirm: ${[...path, k].join('.')} is not filled in (null)`) });
      } else if (!(path.length === 0 && k === 'declarations')) walk(v, [...path, k]);
    }
  };
  walk(facts.data, []);
  return out;
}

/** --stage names a stage the package's regulation does not have. */
function unknownStage(file: string, stage: string, stages: readonly string[], profileName: string, lang: Lang): Finding {
  return {
    ruleId: 'package', severity: 'error', file, line: 1, column: 1, source: null,
    message: pick(lang, `--stage「${stage}」不是${profileName}办法的阶段，可选：${stages.join('、')}`, `--stage "${stage}" is not a stage of ${profileName}: ${stages.join(', ')}`),
  };
}

/** Folders under the working directory are shown relative to it, others in full. */
function displayPath(dir: string): string {
  const rel = relative(process.cwd(), dir);
  return rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? dir : rel;
}

/** A table names its kind in `table:`; a file named after a known table may omit it. */
function tableFindings(t: YamlFile, registry: ReturnType<typeof readTablesRegistry>, profileName: string, lang: Lang): { id: string | undefined; findings: Finding[]; characters?: Finding[] } {
  const declared = (t.data as { table?: unknown } | null)?.table;
  const byName = Object.entries(registry).find(([, e]) => t.file.endsWith(`/${e.file}`))?.[0];
  const id = typeof declared === 'string' && registry[declared] ? declared : byName;
  if (!id) {
    const known = Object.entries(registry).map(([k, e]) => `${k}（${e.title}）`).join('、');
    const findings: Finding[] = [{
      ruleId: 'schema', severity: 'error', file: t.file, line: 1, column: 1, source: null,
      message: pick(lang, `无法识别的表格：请用 table: 指明表格类型，可选 ${known}`, `unknown table: name its kind with table:, one of ${known}`),
    }];
    return { id: undefined, findings };
  }
  const entry = registry[id]!;
  const root = tableSchema(entry.schema);
  return { id, findings: schemaFindings(t, tableValidator(entry.schema), root, profileName, lang), characters: forbiddenCharacters(t, root, lang) };
}

/** How many findings of one rule in one file are listed; the rest are counted in one line. */
export const LISTED_PER_RULE_AND_FILE = 100;

/**
 * A 40,000-row table with four mistakes a row is 160,000 findings of a few rules: list the first
 * of each rule in each file, then one finding (same rule, file and severity) saying how many more.
 * `findings` is sorted, so the first listed are the first in the file.
 */
function capFindings(findings: Finding[], lang: Lang): Finding[] {
  const seen = new Map<string, number>();
  for (const f of findings) {
    const key = `${f.ruleId}\u0000${f.file}`;
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  if ([...seen.values()].every((n) => n <= LISTED_PER_RULE_AND_FILE)) return findings;
  const out: Finding[] = [];
  const listed = new Map<string, number>();
  for (const f of findings) {
    const key = `${f.ruleId}\u0000${f.file}`;
    const n = (listed.get(key) ?? 0) + 1;
    listed.set(key, n);
    if (n <= LISTED_PER_RULE_AND_FILE) out.push(f);
    else if (n === LISTED_PER_RULE_AND_FILE + 1) {
      const more = seen.get(key)! - LISTED_PER_RULE_AND_FILE;
      const { evidence: _shown, ...at } = f;
      out.push({
        ...at,
        omitted: more,
        message: pick(lang, `另有 ${more} 条 ${f.ruleId} 的同类问题未列出（${f.file} 中共 ${seen.get(key)} 条，自此处起）`, `${more} more findings of ${f.ruleId} left out (${seen.get(key)} in ${f.file} in all, from here on)`),
      });
    }
  }
  return out;
}

/**
 * A package whose check failed for a reason of its own (an internal error on what it holds): one
 * `package` finding in its own result, marked crashed, so a batch reports every other package whole.
 */
export function failedPackage(dir: string, err: unknown, lang: Lang): Validated {
  const reason = err instanceof Error ? err.message : String(err);
  const findings: Finding[] = [{
    ruleId: 'package', severity: 'error', file: 'project.yaml', line: 1, column: 1, source: null,
    message: pick(lang, `此软件包未能检查完：内部错误（${reason}）；其他软件包不受影响，请报告此问题`, `this package could not be checked: internal error (${reason}); other packages are not affected — please report it`),
  }];
  return { result: { path: displayPath(resolve(dir)), profile: null, findings, summary: summarize(findings) }, crashed: true };
}
