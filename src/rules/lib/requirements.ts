import type { Lang } from '../../i18n/lang.js';
import { notApplicable } from '../../materials/condition.js';
import type { Profile, Requirement } from '../../profiles/profile.js';
import type { Facts } from '../types.js';
import { stageOf, stageReached } from '../../profiles/stages.js';

/** A profile's requirement with its key. */
export type KeyedRequirement = Requirement & { key: string };

/** The requirements that apply to these facts and are due at the package's stage. */
export function requirementsDue(profile: Profile, facts: Facts, lang: Lang = 'zh'): KeyedRequirement[] {
  const at = stageOf(profile, facts);
  const out: KeyedRequirement[] = [];
  for (const [key, req] of Object.entries(profile.requires ?? {})) {
    if (!req || !stageReached(profile, at, req.from)) continue;
    if (notApplicable(req.when, facts, lang) !== null) continue;
    out.push({ ...req, key });
  }
  return out;
}

/** The JSON Pointers of the facts and answers the due requirements ask for. */
export function dueFacts(profile: Profile, facts: Facts): Set<string> {
  const out = new Set<string>();
  for (const r of requirementsDue(profile, facts)) {
    if (r.fact) out.add(r.fact);
    if (r.declarations) for (const q of profile.questions) if (q.rule === r.declarations) out.add(`/declarations/${q.id}`);
  }
  return out;
}
