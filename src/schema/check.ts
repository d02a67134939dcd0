import type { ErrorObject, ValidateFunction } from 'ajv';
import type { Finding } from '../findings.js';
import type { Lang } from '../i18n/lang.js';
import { keyPosition, pointerSegment, pointerSegments, valuePosition } from '../package/yaml-file.js';
import type { YamlFile } from '../package/yaml-file.js';
import { schemaMessage } from './messages.js';
import { editDistance } from './spelling.js';
import { fieldTitle, schemaAt } from './titles.js';

type Json = Record<string, unknown>;

function valueAt(data: unknown, segments: readonly string[]): unknown {
  let v: unknown = data;
  for (const s of segments) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[s] : undefined;
  return v;
}

/** ajv reports a failed if/then both as the inner error and as "if": the inner one is enough. */
function useful(errors: readonly ErrorObject[]): ErrorObject[] {
  const seen = new Set<string>();
  const out: ErrorObject[] = [];
  for (const e of errors) {
    if (e.keyword === 'if' || e.keyword === 'propertyNames') continue;
    const key = `${e.instancePath}|${e.keyword}|${JSON.stringify(e.params)}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(e);
    }
  }
  return out;
}

/** Validate a parsed YAML file against a compiled schema; each error becomes a positioned finding. */
export function schemaFindings(
  yf: YamlFile,
  validate: ValidateFunction,
  root: Json,
  profileName: string,
  lang: Lang,
): Finding[] {
  if (validate(yf.data)) return [];
  return useful(validate.errors ?? []).map((e) => {
    const segs = pointerSegments(e.instancePath);
    const p = e.params as Record<string, unknown>;
    // Errors about a key (unknown, misnamed) point at the key; the rest at the value.
    let keySegs: string[] | null = null;
    if (e.keyword === 'additionalProperties') keySegs = [...segs, String(p.additionalProperty)];
    if (e.propertyName !== undefined) keySegs = [...segs, e.propertyName];
    const pos = keySegs ? keyPosition(yf, '/' + keySegs.map(esc).join('/')) : e.keyword === 'required' ? keyPosition(yf, e.instancePath) : valuePosition(yf, e.instancePath);
    const node = schemaAt(root, segs);
    const child = e.keyword === 'required' ? schemaAt(root, [...segs, String(p.missingProperty)]) : null;
    const message =
      e.propertyName !== undefined
        ? schemaMessage(e, e.propertyName, { title: titleFor(root, segs, lang) + (lang === 'en' ? ' key' : '键名'), description: undefined, profileName }, lang)
        : schemaMessage(e, valueAt(yf.data, segs), {
            title: titleFor(root, segs, lang),
            description: node?.description as string | undefined,
            childTitle: child?.title as string | undefined,
            ...(e.keyword === 'additionalProperties' ? meantKey(node, String(p.additionalProperty)) : {}),
            ...(e.keyword === 'type' && String(p.type).includes('object') && node?.properties ? { keys: Object.keys(node.properties as Json) } : {}),
            profileName,
          }, lang);
    return { ruleId: 'schema', severity: 'error', message, file: yf.file, line: pos.line, column: pos.column, ...(pos.cell ? { cell: pos.cell } : {}), source: null };
  });
}

/**
 * The key an unknown one stands for: a key written as its Chinese title (项目名称 → name), or one
 * letter off (nmae → name). Nothing when no single key is meant.
 */
function meantKey(node: Json | null, key: string): { meant?: string } {
  const props = (node?.properties ?? {}) as Record<string, Json>;
  const bare = (s: string): string => s.replace(/[（(].*$/, '').trim();
  const byTitle = Object.entries(props).find(([, v]) => typeof v.title === 'string' && (v.title === key || bare(v.title) === bare(key)));
  const close = Object.keys(props).filter((k) => k.toLowerCase() === key.toLowerCase() || editDistance(k, key) === 1);
  const hit = byTitle?.[0] ?? (close.length === 1 ? close[0] : undefined);
  return hit ? { meant: `${hit}${props[hit]?.title ? `（${String(props[hit]!.title)}）` : ''}` } : {};
}

/** Chinese names a field by its schema title; English by its key path, which an English reader can find. */
function titleFor(root: Json, segs: readonly string[], lang: Lang): string {
  if (lang === 'en') return segs.length === 0 ? 'the file' : segs.join('.');
  return segs.length === 0 ? String(root.title ?? '文件') : fieldTitle(root, segs);
}

const esc = pointerSegment;
