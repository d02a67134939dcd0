import { existsSync, readdirSync, statSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { assetPath } from '../data/assets.js';

/**
 * Where profiles come from: zwpack's own `profiles/`, then the folders a user names with
 * `--profiles DIR` or `ZWPACK_PROFILES` (several joined by the path delimiter). The list of
 * profiles is the list of files: nothing in code names them.
 */
export const PROFILES_ENV = 'ZWPACK_PROFILES';

const ID = /^[a-z][a-z0-9-]{1,31}$/;

export interface ProfileSource {
  id: string;
  file: string;
  builtin: boolean;
}

let cached: { key: string; list: ProfileSource[] } | null = null;

function yamlIds(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') && ID.test(f.slice(0, -5)))
    .map((f) => f.slice(0, -5))
    .sort();
}

/** The folders of user profiles, as the environment names them (relative ones from the working folder). */
export function userProfileDirs(): string[] {
  return (process.env[PROFILES_ENV] ?? '').split(delimiter).filter((d) => d !== '').map((d) => resolve(d));
}

/** Every profile zwpack can load: national first, the others by id, then the user's. */
export function profileSources(): ProfileSource[] {
  const key = process.env[PROFILES_ENV] ?? '';
  if (cached?.key === key) return cached.list;
  const own = yamlIds(assetPath('profiles'));
  const list: ProfileSource[] = ['national', ...own.filter((id) => id !== 'national')].map((id) => ({ id, file: assetPath('profiles', `${id}.yaml`), builtin: true }));
  for (const dir of userProfileDirs()) {
    if (!existsSync(dir) || !statSync(dir).isDirectory()) continue;
    for (const id of yamlIds(dir)) {
      // A user's file does not replace zwpack's own profile of the same id (the check says so).
      if (!list.some((s) => s.id === id)) list.push({ id, file: join(dir, `${id}.yaml`), builtin: false });
    }
  }
  cached = { key, list };
  return list;
}

export function profileIds(): string[] {
  return profileSources().map((s) => s.id);
}

export function profileSource(id: string): ProfileSource | undefined {
  return profileSources().find((s) => s.id === id);
}

export function isProfileId(value: unknown): value is string {
  return typeof value === 'string' && profileSources().some((s) => s.id === value);
}
