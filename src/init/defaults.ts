import type { Profile } from '../profiles/profile.js';

/** Facts that validate for the profile, with placeholders a consultant replaces. */
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
    declarations: Object.fromEntries(profile.questions.map((q) => [q.id, q.expect ?? false])),
  };
}
