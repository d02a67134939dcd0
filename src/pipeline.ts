import { isAbsolute, relative, resolve } from 'node:path';
import type { Finding, PackageResult } from './findings.js';
import { sortFindings, summarize } from './findings.js';
import type { Lang } from './i18n/lang.js';
import { pick } from './i18n/lang.js';
import { documentFindings } from './package/documents.js';
import { loadPackage } from './package/load.js';
import type { YamlFile } from './package/yaml-file.js';
import { readTablesRegistry } from './package/tables.js';
import { projectSchema, projectValidator, tableSchema, tableValidator } from './schema/compile.js';
import { schemaFindings } from './schema/check.js';

/** load → schema checks (→ rules, as they arrive) → one result per package. */
export function validatePackage(dir: string, lang: Lang): PackageResult {
  const pkg = loadPackage(dir, lang);
  const profileName = lang === 'en' ? pkg.profile.nameEn : pkg.profile.name;
  const findings: Finding[] = [...pkg.facts.findings];
  if (pkg.facts.data !== undefined) {
    findings.push(...schemaFindings(pkg.facts, projectValidator(pkg.profile), projectSchema(), profileName, lang));
    findings.push(...documentFindings(dir, pkg.facts, lang));
  }
  const registry = readTablesRegistry();
  for (const t of pkg.tables) {
    findings.push(...t.findings);
    if (t.data === undefined) continue;
    findings.push(...tableFindings(t, registry, profileName, lang));
  }
  return {
    path: displayPath(resolve(dir)),
    profile: pkg.profileKnown ? pkg.profile.id : null,
    findings: sortFindings(findings),
    summary: summarize(findings),
  };
}

/** Folders under the working directory are shown relative to it, others in full. */
function displayPath(dir: string): string {
  const rel = relative(process.cwd(), dir);
  return rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? dir : rel;
}

/** A table names its kind in `table:`; a file named after a known table may omit it. */
function tableFindings(t: YamlFile, registry: ReturnType<typeof readTablesRegistry>, profileName: string, lang: Lang): Finding[] {
  const declared = (t.data as { table?: unknown } | null)?.table;
  const byName = Object.entries(registry).find(([, e]) => t.file.endsWith(`/${e.file}`))?.[0];
  const id = typeof declared === 'string' && registry[declared] ? declared : byName;
  if (!id) {
    const known = Object.entries(registry).map(([k, e]) => `${k}（${e.title}）`).join('、');
    return [{
      ruleId: 'schema', severity: 'error', file: t.file, line: 1, column: 1, source: null,
      message: pick(lang, `无法识别的表格：请用 table: 指明表格类型，可选 ${known}`, `unknown table: name its kind with table:, one of ${known}`),
    }];
  }
  const entry = registry[id]!;
  return schemaFindings(t, tableValidator(entry.schema), tableSchema(entry.schema), profileName, lang);
}
