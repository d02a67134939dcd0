import { readDataYaml } from '../package/data-file.js';

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
  rules: Record<string, Record<string, number | string | boolean> | false | null>;
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

export const PROFILE_IDS = ['national', 'jinhu', 'bazhong', 'xiangfen', 'gulou', 'jilin'] as const;
export type ProfileId = (typeof PROFILE_IDS)[number];

export function isProfileId(value: unknown): value is ProfileId {
  return typeof value === 'string' && (PROFILE_IDS as readonly string[]).includes(value);
}

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

export function loadProfile(id: ProfileId): Profile {
  const hit = cache.get(id);
  if (hit) return hit;
  const own = readDataYaml('profiles', `${id}.yaml`) as Record<string, unknown>;
  // Each requirement remembers which regulation asked for it, to cite that one after the merge.
  const requires = own.requires as Record<string, Record<string, unknown> | false> | undefined;
  for (const item of Object.values(requires ?? {})) if (item && item.article !== undefined) item.origin = id;
  const parent = typeof own.extends === 'string' && isProfileId(own.extends) ? loadProfile(own.extends) : null;
  const profile = (parent ? merge(parent as unknown as Record<string, unknown>, own) : own) as unknown as Profile;
  cache.set(id, profile);
  return profile;
}

/** The regulation's name as a finding's `source` cites it. */
export function citation(profile: Profile, article: string): string {
  const r = profile.regulation;
  const title = `《${r.title}》`;
  return `${title}${r.number && !r.title.includes(r.number) && /〔/.test(r.number) ? `（${r.number}）` : ''}${article}`;
}
