import { stageReached } from '../../profiles/stages.js';
import type { RuleContext } from '../types.js';
import { minOf } from '../../arrays.js';

/**
 * The year a filed plan is for: the first budget year when the facts state one,
 * else the year after filing.
 */
export function planYear(ctx: RuleContext, filed: string): number {
  const years = (ctx.facts.money?.yearly ?? []).map((y) => y.year);
  return years.length > 0 ? minOf(years) : Number(filed.slice(0, 4)) + 1;
}

/** True when the project's stage is at or past `stage` in the profile's order of stages. */
export function reached(ctx: RuleContext, stage: string): boolean {
  return ctx.facts.stage !== undefined && stageReached(ctx.profile, ctx.facts.stage, stage);
}
