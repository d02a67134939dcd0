import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { assetPath } from '../data/assets.js';
import { userProfileDirs } from '../profiles/registry.js';
import type { Severity } from '../findings.js';

type Json = Record<string, unknown>;

/** One expectation of an outline: a chapter (level 1) or an item a reviewer looks for inside one (level 2). */
export interface OutlineItem {
  key: string;
  title: string;
  level: 1 | 2;
  parent?: string;
  /** Normalised fragments; a heading containing any of them is this item. */
  match: string[];
  rule: string;
  severity: Severity;
  guide?: string;
  /** A boolean fact that must be true for the item to be required. */
  when?: string;
}

export interface OutlineSchema {
  /** Path under schemas/outlines without `.schema.json`, e.g. `jilin/feasibility`. */
  id: string;
  title: string;
  rule: string;
  items: OutlineItem[];
}

const BASE = 'https://zwpack.dev/schemas/outlines/';
let files: { key: string; map: Map<string, Json> } | null = null;

/**
 * Every outline schema file by its `$id`: zwpack's own (schemas/outlines/) and those in the
 * `outlines/` folder beside a user's profiles, whose id is their path there (`qingyuan/feasibility`).
 */
export function outlineSchemaFiles(): Map<string, Json> {
  const key = userProfileDirs().join('\n');
  if (files?.key === key) return files.map;
  const map = new Map<string, Json>();
  const walk = (root: string, dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(root, p);
      else if (e.name.endsWith('.schema.json')) {
        const s = JSON.parse(readFileSync(p, 'utf8')) as Json;
        const id = String(s.$id ?? BASE + relative(root, p).split('\\').join('/'));
        // A user's file does not replace one of zwpack's.
        if (!map.has(id)) map.set(id, { ...s, $id: id });
      }
    }
  };
  walk(assetPath('schemas', 'outlines'), assetPath('schemas', 'outlines'));
  for (const dir of userProfileDirs()) {
    const root = join(dir, 'outlines');
    if (existsSync(root) && statSync(root).isDirectory()) walk(root, root);
  }
  files = { key, map };
  return map;
}

export const outlineUri = (id: string): string => `${BASE}${id}.schema.json`;

function resolveRef(ref: string, from: string): Json {
  const [file, pointer = ''] = ref.split('#');
  const uri = file ? new URL(file, from).href : from;
  const doc = outlineSchemaFiles().get(uri);
  if (!doc) throw new Error(`outline schema not found: ${uri}`);
  let node: unknown = doc;
  for (const part of pointer.split('/').filter(Boolean)) node = (node as Json)[part];
  return node as Json;
}

const cache = new Map<string, OutlineSchema>();

/** The expectations of one outline, in document order, with `$ref`s followed and defaults filled. */
export function loadOutline(id: string): OutlineSchema {
  const hit = cache.get(id);
  if (hit) return hit;
  const uri = outlineUri(id);
  const root = outlineSchemaFiles().get(uri);
  if (!root) throw new Error(`outline schema not found: ${id}`);
  const rule = String(root['x-rule']);
  const items: OutlineItem[] = [];
  const collect = (list: unknown, when?: string): void => {
    for (const raw of (list as Json[] | undefined) ?? []) {
      const node = typeof raw.$ref === 'string' ? resolveRef(raw.$ref, uri) : raw;
      const level = node['x-level'] === 2 ? 2 : 1;
      items.push({
        key: String((node.contains as Json).const),
        title: String(node.title),
        level,
        ...(typeof node['x-parent'] === 'string' ? { parent: node['x-parent'] } : {}),
        match: ((node['x-match'] as string[] | undefined) ?? [String(node.title)]),
        rule: typeof node['x-rule'] === 'string' ? node['x-rule'] : rule,
        severity: (node['x-severity'] as Severity | undefined) ?? (level === 1 ? 'error' : 'warning'),
        ...(typeof node['x-guide'] === 'string' ? { guide: node['x-guide'] } : {}),
        ...(when ? { when } : {}),
      });
    }
  };
  const keys = ((root.properties as Json).keys as Json).allOf;
  collect(keys);
  for (const branch of (root.allOf as Json[] | undefined) ?? []) {
    const fact = Object.keys((((branch.if as Json).properties as Json).facts as Json).properties as Json)[0];
    collect((((branch.then as Json).properties as Json).keys as Json).allOf, fact);
  }
  const outline = { id, title: String(root.title), rule, items };
  cache.set(id, outline);
  return outline;
}

/** The outline ids in schemas/outlines that are documents (not shared definitions). */
export function outlineIds(): string[] {
  return [...outlineSchemaFiles().entries()].filter(([, s]) => s['x-rule'] !== undefined).map(([u]) => u.slice(BASE.length, -'.schema.json'.length)).sort();
}
