import type { Profile } from '../profiles/profile.js';

/** Every question of the profile, unanswered (null) unless `given` answers it, in the profile's order. */
export function declarationsOf(profile: Profile, given: unknown): Record<string, boolean | null> {
  const answers = (given && typeof given === 'object' ? given : {}) as Record<string, unknown>;
  const out: Record<string, boolean | null> = {};
  for (const q of profile.questions) out[q.id] = typeof answers[q.id] === 'boolean' ? (answers[q.id] as boolean) : null;
  // Keys the profile does not know are kept, so validate can point at them.
  for (const [k, v] of Object.entries(answers)) if (!(k in out)) out[k] = v as boolean | null;
  return out;
}

/** Facts that validate for the profile, with placeholders a consultant replaces; nothing is answered on the user's behalf. */
export function defaultFacts(profile: Profile): Record<string, unknown> {
  const category = Object.keys(profile.kinds)[0] ?? '建设类';
  const type = profile.kinds[category]?.[0];
  return {
    profile: profile.id,
    name: '（项目名称）',
    category,
    ...(type ? { type } : {}),
    ...(profile.classes[0] ? { class: profile.classes[0] } : {}),
    classified: false,
    softwareDevelopment: true,
    stage: profile.stages[0],
    owner: { name: '（建设单位全称）' },
    declarations: declarationsOf(profile, undefined),
  };
}
