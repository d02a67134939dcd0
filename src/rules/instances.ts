import type { Profile } from '../profiles/profile.js';
import { profileIds } from '../profiles/registry.js';
import { loadProfile } from '../profiles/profile.js';
import { FAMILIES, META_KEYS } from './families/index.js';
import { RULES } from './index.js';
import type { Rule, RuleMeta } from './types.js';
import type { Severity } from '../findings.js';

type Setting = Record<string, unknown>;

const built = new WeakMap<Profile, Rule[]>();

/** A profile's rule entry that defines a rule from a family (`use:`), rather than setting a module rule's parameters. */
export const isFamilyRule = (setting: unknown): setting is Setting => !!setting && typeof setting === 'object' && 'use' in setting;

/** A profile's rule entry with `use: FAMILY` as a rule: the entry's words, the family's function. */
export function instanceRule(id: string, entry: Setting, profileId: string): Rule | null {
  const family = FAMILIES[String(entry.use)];
  if (!family) return null;
  const options = Object.fromEntries(Object.entries(entry).filter(([k]) => !(META_KEYS as readonly string[]).includes(k))) as Record<string, number | string | boolean>;
  const title = String(entry.title ?? id);
  const description = String(entry.description ?? title);
  const stage = typeof entry.stage === 'string' ? entry.stage : family.stageOf?.(options);
  const reading = family.reading?.(options);
  const meta: RuleMeta = {
    id,
    kind: family.kind,
    severity: (entry.severity as Severity | undefined) ?? 'error',
    title: { zh: title, en: String(entry.titleEn ?? title) },
    description: { zh: description, en: String(entry.descriptionEn ?? entry.titleEn ?? description) },
    origin: typeof entry.origin === 'string' ? entry.origin : profileId,
    article: String(entry.article ?? ''),
    ...(stage ? { stage } : {}),
    params: options,
    ...(reading ? { reading } : {}),
    family: family.id,
  };
  return { meta, check: (ctx) => family.check(ctx) };
}

/** The rules a profile defines itself from families (switched off with `false` like any other). */
export function profileRules(profile: Profile): Rule[] {
  let hit = built.get(profile);
  if (!hit) {
    hit = [];
    for (const [id, setting] of Object.entries(profile.rules)) {
      if (!isFamilyRule(setting)) continue;
      const rule = instanceRule(id, setting, profile.id);
      if (rule) hit.push(rule);
    }
    built.set(profile, hit);
  }
  return hit;
}

/** Every rule zwpack knows: its own modules, then the rules each profile defines, by first definition. */
export function allRules(): Rule[] {
  const out: Rule[] = [...RULES];
  for (const pid of profileIds()) {
    for (const r of profileRules(loadProfile(pid))) if (!out.some((o) => o.meta.id === r.meta.id)) out.push(r);
  }
  return out;
}
