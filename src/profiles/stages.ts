import type { Facts } from '../model/facts.js';
import type { Profile } from './profile.js';

/** The stage a package is checked at: its own, or the profile's first when it states none. */
export function stageOf(profile: Profile, facts: Facts): string {
  return facts.stage && profile.stages.includes(facts.stage) ? facts.stage : profile.stages[0]!;
}

/** True when `stage` has come at `at` in the profile's order of stages. */
export function stageReached(profile: Profile, at: string, stage: string): boolean {
  const target = profile.stages.indexOf(stage);
  return target >= 0 && profile.stages.indexOf(at) >= target;
}
