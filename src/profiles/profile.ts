import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { readDataYaml } from '../data/data-file.js';
import { ProfileError } from './errors.js';
import { isProfileId, profileSource } from './registry.js';

/** A 不予支持 / 不予立项 condition the facts answer with true or false. */
export interface Question {
  id: string;
  rule: string;
  article: string;
  text: string;
  /** The answer that is in order; default false (the condition does not hold). */
  expect?: boolean;
}

/** One acceptance or filing material: a folder under materials/ named "<id>-<title>". */
export interface Material {
  id: string;
  title: string;
  /** What the original list adds in brackets after the title (吉林 附件4: 项目审批材料（项目批复文件…）). */
  detail?: string;
  /** The heading of the numbered item this is a sub-item of (吉林 附件4 items 13 and 14). */
  group?: string;
  article: string;
  /** Facts that must hold for the item to apply (equality), or the least total investment. */
  when?: Condition;
  /** When a missing item is overdue: by a date of the facts, or some time after one. */
  due?: { by?: string; after?: string; workdays?: number; months?: number };
  /** false: checked for readiness by `checklist`, but not an item of the official list `render` draws. */
  onForm?: false;
  /** The rule that checks this item (its catalogue ID); a time rule's window is the item's deadline. */
  rule?: string;
  /**
   * The stage from which the item is due: `validate` reports it missing from then on, and `checklist`
   * calls it 未到阶段 before. Defaults to its rule's (see withFrom); with none, it is due at once.
   */
  from?: string;
}

/** Facts that must hold for an item to apply (equality), or the least total investment. */
export type Condition = Record<string, string | number | boolean> & { minTotal?: number };

/**
 * What a package must hold from a stage on: a fact filled, an annex table with rows, or the
 * questions of a flag rule answered. `origin` is the profile that wrote the item (its article
 * is cited with that profile's regulation); the loader sets it.
 */
export interface Requirement {
  from: string;
  fact?: string;
  table?: string;
  declarations?: string;
  article?: string;
  when?: Condition;
  origin: string;
}

/** One regulation turned into data; a local profile is merged over `national`. */
export interface Profile {
  id: string;
  extends?: string;
  name: string;
  nameEn: string;
  /** The GB/T 2260 code of the area the regulation governs (none for the national one). */
  division?: string;
  issuer: string;
  regulation: { title: string; number: string; date: string | null; effective?: string; seed?: string };
  kinds: Record<string, string[]>;
  modes: string[];
  classes: string[];
  classesSource?: string;
  fundNatures: string[];
  stages: string[];
  documents: string[];
  tables: string[];
  questions: Question[];
  /** Rules in force: id → parameters ({} for the defaults), or false to switch an inherited rule off. */
  rules: Record<string, Record<string, unknown> | false | null>;
  /** A user profile may carry its regulation's articles for `explain` (number → text). */
  articles?: Record<string, string>;
  materials: Material[];
  /** The forms `render` draws (templates/forms/*.yaml ids). */
  forms: string[];
  /** Document id → outline schema under schemas/outlines (e.g. `jilin/feasibility`). */
  outlines: Record<string, string>;
  /** The stage from which the route's documents must exist and have content. */
  documentsFrom: string;
  /** What each stage needs, keyed so a local profile can move an item to another stage or drop it (false). */
  requires: Record<string, Requirement | false>;
}

export { isProfileId, profileIds } from './registry.js';
/** A profile's id: the name of its file (profiles/<id>.yaml, or a user's folder). */
export type ProfileId = string;

const cache = new Map<string, Profile>();

/** Objects merge key by key; arrays and scalars of the local profile replace the parent's. */
function merge(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over)) {
    const b = out[k];
    out[k] =
      v && typeof v === 'object' && !Array.isArray(v) && b && typeof b === 'object' && !Array.isArray(b)
        ? merge(b as Record<string, unknown>, v as Record<string, unknown>)
        : v;
  }
  return out;
}

/** The profiles being loaded, outermost first: a parent already among them is a cycle. */
const loading: string[] = [];

export function loadProfile(id: ProfileId): Profile {
  const hit = cache.get(id);
  if (hit) return hit;
  if (loading.includes(id)) {
    const cycle = [...loading.slice(loading.indexOf(id)), id].join(' → ');
    throw new ProfileError(`办法互相继承，形成循环（${cycle}）：其中一部应继承 national 或另一部办法`, `profiles extend each other in a cycle (${cycle}): one of them should extend national or another profile`);
  }
  loading.push(id);
  try {
    return loadOne(id);
  } finally {
    loading.pop();
  }
}

function loadOne(id: ProfileId): Profile {
  const source = profileSource(id);
  if (!source) throw new ProfileError(`未知的办法：${id}`, `unknown profile: ${id}`);
  const own = (source.builtin ? readDataYaml('profiles', `${id}.yaml`) : parse(readFileSync(source.file, 'utf8'))) as Record<string, unknown>;
  // Each requirement and each rule it words remembers which regulation asked for it, to cite that one after the merge.
  for (const key of ['requires', 'rules'] as const) {
    const items = own[key] as Record<string, Record<string, unknown> | false | null> | undefined;
    for (const item of Object.values(items ?? {})) if (item && typeof item === 'object' && (item.article !== undefined || item.use !== undefined)) item.origin = id;
  }
  const parentId = typeof own.extends === 'string' ? own.extends : null;
  if (parentId === id) throw new ProfileError(`办法 ${id} 不能继承自身`, `profile ${id} cannot extend itself`);
  if (parentId !== null && !isProfileId(parentId)) throw new ProfileError(`办法 ${id} 继承的 ${parentId} 不存在`, `profile ${id} extends ${parentId}, which does not exist`);
  const parent = parentId !== null ? loadProfile(parentId) : null;
  const merged = (parent ? merge(parent as unknown as Record<string, unknown>, own) : own) as unknown as Profile;
  // A profile's own articles are its own: not inherited.
  const profile = { ...merged, articles: own.articles as Record<string, string> | undefined, materials: (merged.materials ?? []).map((m) => withFrom(withDue(m, merged.rules), merged.rules)) };
  cache.set(id, profile);
  return profile;
}

/** A material whose deadline is a time rule's takes it from the rule's parameters, not a copy of the number. */
function withDue(m: Material, rules: Profile['rules']): Material {
  const r = m.rule ? rules[m.rule] : undefined;
  if (m.due || !r || typeof r.after !== 'string') return m;
  if (typeof r.workdays === 'number') return { ...m, due: { after: r.after, workdays: r.workdays } };
  if (typeof r.months === 'number' && r.limit === 'within') return { ...m, due: { after: r.after, months: r.months } };
  return m;
}

/**
 * A material is due from its own `from`, else its rule's: a `use: materials` rule's `from`, or the
 * `stage` of the rule's entry. (Built-in module rules' items name their stage in the profile.)
 */
function withFrom(m: Material, rules: Profile['rules']): Material {
  const r = m.rule ? rules[m.rule] : undefined;
  if (m.from || !r) return m;
  const from = r.use === 'materials' ? r.from : r.stage;
  return typeof from === 'string' ? { ...m, from } : m;
}

/** The regulation's name as a finding's `source` cites it. */
export function citation(profile: Profile, article: string): string {
  const r = profile.regulation;
  const title = `《${r.title}》`;
  return `${title}${r.number && !r.title.includes(r.number) && /〔/.test(r.number) ? `（${r.number}）` : ''}${article}`;
}
