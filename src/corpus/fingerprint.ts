import type { DocumentModel } from '../document/model.js';
import type { LoadedPackage } from '../package/load.js';
import { valuePosition } from '../package/yaml-file.js';
import { hash32, shingles, signature } from './minhash.js';

// What one package brings to the comparison of a year's packages, computed where it is validated (a
// worker thread) and small enough to send back: its identity, a MinHash of what it builds, and the
// hashes of the short stretches of its documents that could end a project's or a unit's name.

export interface Fingerprint {
  path: string;
  /** The folder, to read its documents again when a pair needs quoting. */
  dir: string;
  code?: string;
  name?: string;
  owner?: string;
  /** MinHash of what the project builds (建设内容, its systems), its own names left out; null when it says nothing. */
  content: Uint32Array | null;
  /** Sorted hashes of every WINDOW-character stretch of its documents ending where a name may end. */
  windows: Uint32Array;
  /** Its documents (package-relative), read again only when a pair needs quoting. */
  documents: string[];
  /** Where project.yaml states the code and the name: the findings about them stand there. */
  codeAt: { line: number; column: number };
  nameAt: { line: number; column: number };
}

/** How many characters of a name are looked for: enough to tell 「…平台建设项目」 from 「…平台运维项目」. */
export const WINDOW = 6;
/** The characters a project's or a unit's name ends with. */
export const NAME_ENDS = new Set([...'目台统期）)厅局委办心院府会室司站所队']);

/**
 * Sentences of a document that say what the project builds: those that state its 建设内容. (Wider nets —
 * every sentence naming a 系统 or 平台 — catch the outline's and the consultant's boilerplate, which
 * every package of one region shares, and pair projects that have nothing in common.)
 */
export const BUILDS = /建设内容/;

type Row = Record<string, unknown>;
const rowsOf = (pkg: LoadedPackage, id: string): Row[] => {
  const t = pkg.tables.find((f) => (f.data as { table?: unknown } | undefined)?.table === id || f.file.includes(id));
  const rows = (t?.data as { rows?: unknown } | undefined)?.rows;
  return Array.isArray(rows) ? rows.filter((r): r is Row => !!r && typeof r === 'object') : [];
};

/** A text as compared: its own names out, full-width folded, no spaces, punctuation or figures. */
export function normalise(text: string, own: readonly string[]): string {
  let t = text.normalize('NFKC');
  for (const n of own) if (n) t = t.split(n.normalize('NFKC')).join('');
  return t.replace(/[\s\p{P}\p{S}\d]/gu, '');
}

export function fingerprint(path: string, dir: string, pkg: LoadedPackage, documents: readonly { file: string; model: DocumentModel }[]): Fingerprint {
  const facts = (pkg.facts.data ?? {}) as { code?: unknown; name?: unknown; owner?: { name?: unknown }; summary?: { content?: unknown } };
  const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);
  const name = str(facts.name);
  const owner = str(facts.owner?.name);
  const code = str(facts.code);
  const builds: string[] = [];
  if (str(facts.summary?.content)) builds.push(str(facts.summary?.content)!);
  for (const r of rowsOf(pkg, 'resource-catalogue')) if (str(r.system)) builds.push(str(r.system)!);
  for (const r of rowsOf(pkg, 'hardware-software')) if (/软件/.test(String(r.category ?? '')) && str(r.name)) builds.push(str(r.name)!);
  const ends: number[] = [];
  for (const { model } of documents) {
    for (const b of model.body) for (const s of b.text.split(/(?<=[。；;])/)) if (BUILDS.test(s)) builds.push(s);
    for (const b of [...model.headings, ...model.body]) {
      const chars = [...b.text];
      for (let i = WINDOW - 1; i < chars.length; i++) if (NAME_ENDS.has(chars[i]!)) ends.push(hash32(chars.slice(i - WINDOW + 1, i + 1).join('')));
    }
  }
  const text = normalise([...new Set(builds)].join('。'), [name ?? '', owner ?? '']);
  const windows = Uint32Array.from(new Set(ends)).sort();
  const at = (pointer: string): { line: number; column: number } => {
    const p = valuePosition(pkg.facts, pointer);
    return { line: p.line, column: p.column };
  };
  return {
    path, dir, ...(code ? { code } : {}), ...(name ? { name } : {}), ...(owner ? { owner } : {}),
    content: text.length >= 20 ? signature(shingles(text)) : null, windows,
    documents: documents.map((d) => d.file), codeAt: at('/code'), nameAt: at('/name'),
  };
}

/** The hash a name is looked for by: its last WINDOW characters (null when it is shorter or ends otherwise). */
export function nameKey(name: string): number | null {
  const chars = [...name];
  if (chars.length < WINDOW || !NAME_ENDS.has(chars.at(-1)!)) return null;
  return hash32(chars.slice(-WINDOW).join(''));
}
