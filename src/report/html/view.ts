import type { Lang } from '../../i18n/lang.js';
import { pick } from '../../i18n/lang.js';
import type { Facts } from '../../model/facts.js';
import type { Deadline, Timeline } from '../../model/timeline.js';
import type { ItemStatus } from '../../materials/status.js';
import { readiness } from '../../materials/status.js';
import type { LoadedPackage } from '../../package/load.js';
import type { Route, ValidateRun, Validated } from '../../pipeline.js';
import { packageMaterials, ruleSource, rulesInForce } from '../../rules/engine.js';
import { findingContexts } from './context.js';
import type { FileFindings } from './context.js';
import type { Finding, PackageResult, Summary } from '../../findings.js';

/** Everything the HTML report shows of one package, as plain data (it crosses from worker threads). */
export interface PackageView {
  path: string;
  profileId: string | null;
  profileName: string;
  asOf: string;
  /** Label and value pairs: name, code, profile, class, stage, owner, contractor, supervisor. */
  facts: [string, string][];
  name: string;
  stage: string;
  summary: Summary;
  timeline?: Timeline;
  money: MoneyView;
  files: FileFindings[];
  checklist?: { ready: number; applicable: number; items: ItemStatus[] };
  route?: Route;
  /** The deadline a reviewer looks at first: the earliest overdue one, else the nearest coming one. */
  next?: Deadline;
  /** report --since: the earlier version, this one's findings that are new there, and its findings fixed here. */
  since?: { path: string; added: Set<Finding>; resolved: Finding[] };
  /** The packages of the same page this one is related to, and the findings that say how. */
  related?: { list: NonNullable<PackageResult['related']>; findings: Finding[] };
}

export interface MoneyStep {
  key: string;
  title: string;
  amount: number;
  /** The change from the previous stated step, in percent. */
  change?: number;
  /** The limit on that change a rule in force sets (percent), with the rule. */
  limit?: { percent: number; ruleId: string; source: string | null };
}

export interface MoneyView {
  steps: MoneyStep[];
  funding: { source: string; nature: string; amount: number }[];
  yearly: { year: number; budget: number; paid?: number }[];
  /** The changes recorded, as a share of the approved total, against the change rule's limit. */
  changes?: { total: number; percent: number; limit?: { percent: number; ruleId: string; source: string | null } };
}

/** The life cycle's amounts, in order; the key is the fact under money:. */
const STEPS: [string, string, string][] = [
  ['roughEstimate', '投资匡算', 'rough estimate'],
  ['estimate', '投资估算', 'estimate'],
  ['budgetEstimate', '投资概算', 'budget estimate'],
  ['approvedTotal', '批复总投资', 'approved total'],
  ['contractAmount', '合同金额', 'contract'],
];

/** The rule whose `limit` bounds a step of the amounts (into `to`), or the recorded changes. */
function limitOf(pkg: LoadedPackage, test: (id: string, kind: string[]) => boolean): MoneyStep['limit'] {
  for (const { rule, params } of rulesInForce(pkg.profile)) {
    if (typeof params.limit !== 'number' || !test(rule.meta.id, rule.meta.kind)) continue;
    return { percent: Math.round(params.limit * 1000) / 10, ruleId: rule.meta.id, source: ruleSource(rule.meta) };
  }
  return undefined;
}

export function moneyView(pkg: LoadedPackage, facts: Facts, lang: Lang): MoneyView {
  const m = facts.money ?? {};
  const steps: MoneyStep[] = [];
  for (const [key, zh, en] of STEPS) {
    const amount = (m as Record<string, unknown>)[key];
    if (typeof amount !== 'number') continue;
    const prev = steps.at(-1);
    const change = prev && prev.amount !== 0 ? Math.round(((amount - prev.amount) / prev.amount) * 1000) / 10 : undefined;
    // 估算 → 概算 is the step the national 10% rule bounds.
    const limit = key === 'budgetEstimate' && prev?.key === 'estimate' ? limitOf(pkg, (id) => id === 'NAT-ESTIMATE-10') : undefined;
    steps.push({ key, title: pick(lang, zh, en), amount, ...(change !== undefined ? { change } : {}), ...(limit ? { limit } : {}) });
  }
  const out: MoneyView = { steps, funding: m.funding ?? [], yearly: m.yearly ?? [] };
  const changes = facts.changes ?? [];
  const base = m.approvedTotal ?? m.budgetEstimate;
  const limit = limitOf(pkg, (id, kind) => /-CHANGE-/.test(id) && kind.includes('arith'));
  if (base && (changes.length > 0 || limit)) {
    const total = Math.round(changes.reduce((a, c) => a + Math.abs(c.amount), 0) * 1e6) / 1e6;
    out.changes = { total, percent: Math.round((total / base) * 1000) / 10, ...(limit ? { limit } : {}) };
  }
  return out;
}

function nextDeadline(t: Timeline | undefined): Deadline | undefined {
  if (!t) return undefined;
  return t.deadlines.find((d) => d.status === 'overdue') ?? t.deadlines.find((d) => d.status === 'coming' && d.limit === 'by') ?? t.deadlines.find((d) => d.status === 'coming');
}

/** The report's view of a package validated with `explainPath` (so the route is there). */
export function packageView(pkg: LoadedPackage, v: Validated, run: ValidateRun): PackageView {
  const { lang } = run;
  const facts = (pkg.facts.data && typeof pkg.facts.data === 'object' ? pkg.facts.data : {}) as Partial<Facts>;
  const profileName = pkg.profileKnown ? pick(lang, pkg.profile.name, pkg.profile.nameEn) : pick(lang, '（未知办法）', '(unknown profile)');
  const text = (x: unknown): string => (typeof x === 'string' || typeof x === 'number' ? String(x) : '');
  const stage = v.result.summary.stage ?? text(facts.stage);
  const rows: [string, string, string][] = [
    ['项目名称', 'Project', text(facts.name)],
    ['投资项目代码', 'Project code', text(facts.code)],
    ['适用办法', 'Regulation', profileName],
    ['项目类别', 'Category', [text(facts.category), text(facts.class)].filter(Boolean).join(' · ')],
    ['当前阶段', 'Stage', stage],
    ['建设单位', 'Owner', text(facts.owner?.name)],
    ['承建单位', 'Contractor', text(facts.contractor?.name)],
    ['监理单位', 'Supervisor', text(facts.supervisor?.name)],
  ];
  const rulesRan = v.timeline !== undefined;
  let checklist: PackageView['checklist'];
  if (rulesRan) {
    const items = packageMaterials(pkg, run);
    const { ready, due } = readiness(items);
    checklist = { ready, applicable: due, items };
  }
  const next = nextDeadline(v.timeline);
  return {
    path: v.result.path,
    profileId: v.result.profile,
    profileName,
    asOf: run.asOf,
    facts: rows.map(([zh, en, value]) => [pick(lang, zh, en), value]),
    name: text(facts.name) || v.result.path,
    stage,
    summary: v.result.summary,
    ...(v.timeline ? { timeline: v.timeline } : {}),
    money: rulesRan ? moneyView(pkg, facts as Facts, lang) : { steps: [], funding: [], yearly: [] },
    files: findingContexts(pkg, v.result.findings, lang),
    ...(checklist ? { checklist } : {}),
    ...(v.route ? { route: v.route } : {}),
    ...(next ? { next } : {}),
  };
}
