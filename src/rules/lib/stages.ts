import type { RuleContext } from '../types.js';

/** True when the project's stage is at or past `stage` in the profile's order of stages. */
export function reached(ctx: RuleContext, stage: string): boolean {
  const order = ctx.profile.stages;
  const at = ctx.facts.stage ? order.indexOf(ctx.facts.stage) : -1;
  const target = order.indexOf(stage);
  return at >= 0 && target >= 0 && at >= target;
}
