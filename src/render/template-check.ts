import type { Finding } from '../findings.js';
import type { Lang } from '../i18n/lang.js';
import { pick } from '../i18n/lang.js';
import { readTablesRegistry } from '../package/tables.js';
import { readYamlFile, valuePosition } from '../package/yaml-file.js';
import { schemaFindings } from '../schema/check.js';
import { compileSchema, schemaFile } from '../schema/compile.js';
import type { CellTemplate } from '../forms/template.js';

type Json = Record<string, unknown>;
const SCHEMA = 'form-template.schema.json';
let validate: ReturnType<typeof compileSchema> | null = null;

/**
 * Check a form template (templates/forms/*.yaml) as the build does: its structure against
 * schemas/form-template.schema.json, each grid row spanning exactly the form's columns, and a
 * table form naming an annex table zwpack knows. Each finding has its file, line and column.
 */
export function checkFormTemplate(abs: string, rel: string, lang: Lang): Finding[] {
  const yf = readYamlFile(abs, rel, lang);
  if (yf.findings.some((f) => f.severity === 'error')) return yf.findings;
  const root = schemaFile(SCHEMA);
  validate ??= compileSchema(root);
  const out = schemaFindings(yf, validate, root, '', lang).map((f) => ({ ...f, ruleId: 'template' }));
  if (out.length > 0) return out;
  const t = yf.data as Json;
  const err = (pointer: string, zh: string, en: string): void => {
    const pos = valuePosition(yf, pointer);
    out.push({ ruleId: 'template', severity: 'error', file: rel, line: pos.line, column: pos.column, source: null, message: pick(lang, zh, en) });
  };
  if (t.kind === 'grid') {
    const columns = (t.columns as number[]).length;
    (t.rows as CellTemplate[][]).forEach((row, i) => {
      const spans = row.reduce((n, c) => n + (c.span ?? 1), 0);
      if (spans !== columns) err(`/rows/${i}`, `第 ${i + 1} 行共跨 ${spans} 列，表单有 ${columns} 列`, `row ${i + 1} spans ${spans} columns; the form has ${columns}`);
    });
  }
  if (t.kind === 'table' && !readTablesRegistry()[String(t.table)]) {
    err('/table', `附表「${String(t.table)}」不存在（可用：${Object.keys(readTablesRegistry()).join('、')}）`, `no annex table "${String(t.table)}" (${Object.keys(readTablesRegistry()).join(', ')})`);
  }
  return out;
}
