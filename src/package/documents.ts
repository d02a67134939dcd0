import { existsSync, realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import type { Finding } from '../findings.js';
import type { Lang } from '../i18n/lang.js';
import { pick } from '../i18n/lang.js';
import type { YamlFile } from './yaml-file.js';
import { valuePosition } from './yaml-file.js';

/** True when `target` (after following links) lies inside `dir`. */
export function insideFolder(dir: string, target: string): boolean {
  const real = (p: string): string => (existsSync(p) ? realpathSync(p) : resolve(p));
  const rel = relative(real(dir), real(target));
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

/**
 * Each document path the facts declare must stay inside the package and exist:
 * a reviewer receives the folder, not the consultant's disk.
 */
export function documentFindings(dir: string, facts: YamlFile, lang: Lang): Finding[] {
  const docs = (facts.data as { documents?: Record<string, unknown> } | undefined)?.documents;
  if (!docs || typeof docs !== 'object') return [];
  const out: Finding[] = [];
  for (const [key, value] of Object.entries(docs)) {
    if (typeof value !== 'string') continue;
    const pos = valuePosition(facts, `/documents/${key}`);
    const at = { file: facts.file, line: pos.line, column: pos.column, source: null };
    const abs = resolve(dir, value);
    if (isAbsolute(value) || !insideFolder(dir, abs)) {
      out.push({ ruleId: 'package', severity: 'error', ...at, message: pick(lang, `文档路径「${value}」在软件包目录之外，请把文档放进软件包`, `document path "${value}" leaves the package folder; put the document inside it`) });
    } else if (!existsSync(abs)) {
      out.push({ ruleId: 'package', severity: 'error', ...at, message: pick(lang, `找不到文档：${value}`, `document not found: ${value}`) });
    }
  }
  return out;
}
