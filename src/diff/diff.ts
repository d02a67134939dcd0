import { preloadPdfs } from '../document/read.js';
import type { Finding, Summary } from '../findings.js';
import { loadPackage } from '../package/load.js';
import type { LoadedPackage } from '../package/load.js';
import { preloadWorkbooks } from '../package/preloaded.js';
import { validatePackage } from '../pipeline.js';
import type { ValidateRun, Validated } from '../pipeline.js';
import { packageOutlines } from '../rules/engine.js';
import { diffDocuments } from './documents.js';
import type { DocumentDiff, ReadDoc } from './documents.js';
import { diffFacts } from './facts.js';
import type { FactChange } from './facts.js';
import { matchFindings } from './findings.js';
import type { FindingsDiff } from './findings.js';
import { diffTables } from './tables.js';
import type { TableDiff } from './tables.js';

// Two versions of a package side by side: what the facts, tables and documents say differently, and
// which findings were fixed, which are new and which are still open.

/** One version as read and checked. */
export interface Version {
  dir: string;
  pkg: LoadedPackage;
  validated: Validated;
  documents: ReadDoc[];
}

export async function readVersion(dir: string, run: ValidateRun): Promise<Version> {
  await preloadWorkbooks(dir, run.lang);
  await preloadPdfs(dir);
  const pkg = loadPackage(dir, run.lang);
  const validated = validatePackage(dir, { ...run, explainPath: true }, pkg);
  const documents = packageOutlines(pkg, run.lang).documents.map((d) => ({ doc: d.doc, file: d.file, model: d.outline }));
  return { dir, pkg, validated, documents };
}

export interface Side {
  path: string;
  profile: string | null;
  stage: string | null;
  summary: Summary;
}

export interface PackageDiff {
  old: Side;
  new: Side;
  facts: FactChange[];
  /** The findings of project.yaml the new facts bring (a limit now passed, a fact now missing). */
  triggered: Finding[];
  /** The documents the route needs, when they differ: a change of facts that changes the route. */
  route: { old: string[]; new: string[] } | null;
  tables: TableDiff[];
  documents: DocumentDiff[];
  findings: FindingsDiff;
}

const side = (v: Version): Side => ({ path: v.validated.result.path, profile: v.validated.result.profile, stage: v.validated.result.summary.stage ?? null, summary: v.validated.result.summary });
const routeDocs = (v: Version): string[] => [...new Set((v.validated.route ?? []).flatMap((r) => r.steps.map((s) => s.doc)))];
const namesOf = (v: Version): string[] => {
  const f = v.pkg.facts.data as { name?: unknown; owner?: { name?: unknown } } | undefined;
  return [f?.name, f?.owner?.name].filter((x): x is string => typeof x === 'string');
};

export function diffVersions(a: Version, b: Version): PackageDiff {
  const findings = matchFindings(a.validated.result.findings, b.validated.result.findings);
  const ra = routeDocs(a);
  const rb = routeDocs(b);
  return {
    old: side(a),
    new: side(b),
    facts: diffFacts(a.pkg.facts.data, b.pkg.facts.data),
    triggered: findings.added.filter((f) => f.file === b.pkg.facts.file),
    route: ra.join() === rb.join() ? null : { old: ra, new: rb },
    tables: diffTables(a.pkg.tables, b.pkg.tables),
    documents: diffDocuments(a.documents, b.documents, [...namesOf(a), ...namesOf(b)]),
    findings,
  };
}
