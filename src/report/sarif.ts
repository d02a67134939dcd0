import type { PackageResult, Severity } from '../findings.js';
import type { Lang } from '../i18n/lang.js';
import { pick } from '../i18n/lang.js';
import { ruleInfo } from './rule-index.js';

const LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'note' };

/**
 * SARIF 2.1.0, one run: every rule zwpack has goes into tool.driver.rules with its
 * description and citation, so code-scanning UIs can show why a finding matters.
 */
export function formatSarif(results: readonly PackageResult[], lang: Lang, version: string): string {
  const rules = [...ruleInfo().values()];
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'zwpack',
            version,
            rules: rules.map((r) => ({
              id: r.id,
              name: r.id.replace(/[^A-Za-z0-9]+/g, ''),
              shortDescription: { text: pick(lang, r.title.zh, r.title.en) },
              fullDescription: { text: pick(lang, r.description.zh, r.description.en) },
              help: { text: r.source ? `${pick(lang, r.description.zh, r.description.en)}（${r.source}）` : pick(lang, r.description.zh, r.description.en) },
              defaultConfiguration: { level: LEVEL[r.severity as Severity] ?? 'error' },
              properties: { tags: r.kind, ...(r.source ? { citation: r.source } : {}) },
            })),
          },
        },
        results: results.flatMap((p) =>
          p.findings.map((f) => ({
            ruleId: f.ruleId,
            ...(index.has(f.ruleId) ? { ruleIndex: index.get(f.ruleId) } : {}),
            level: LEVEL[f.severity],
            message: { text: f.source ? `${f.message}（${f.source}）` : f.message },
            ...(f.evidence ? { properties: { evidence: f.evidence } } : {}),
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: encodeURI(p.path === '.' ? f.file : `${p.path}/${f.file}`) },
                  // A Word paragraph is not a text line: name it instead of giving a region.
                  ...(f.place ? {} : { region: { startLine: f.line, startColumn: f.column } }),
                },
                ...(f.place ? { logicalLocations: [{ name: f.place, kind: 'paragraph' }] } : {}),
                // A workbook cell keeps its region (row and column numbers) and is named as well.
                ...(f.cell ? { logicalLocations: [{ name: f.cell, kind: 'cell' }] } : {}),
              },
            ],
          })),
        ),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}
