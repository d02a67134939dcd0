import type { RuleContext } from '../types.js';
import { compareShare, largestWithin, percentText, referenceTotal, toFen, wan } from '../../model/money.js';

/** What a change is measured against: the latest total (批复, 概算, 估算, 匡算) or the 概算 itself. */
export type ChangeBase = 'total' | 'budgetEstimate';

/**
 * Classify the recorded changes against a share of the total: within it, the profile's change
 * procedure applies (info naming the papers); past it, the project must be approved again (error).
 * `inclusive`: the share itself is within (不超过); otherwise it is already past (…以内 / …（含）以上).
 * The cumulative amount counts, so splitting does not help. Amounts are added and compared in 分,
 * the limit by cross-multiplying: exactly 15% of 1234.57 is within 不超过 15%, one 分 more is not.
 */
export function classifyChanges(
  ctx: RuleContext,
  procedure: { zh: string; en: string },
  overLimit: { zh: string; en: string },
  extra?: (i: number) => void,
  base: ChangeBase = 'total',
): void {
  const changes = ctx.facts.changes ?? [];
  if (changes.length === 0) return;
  const budget = ctx.facts.money?.budgetEstimate;
  const total =
    base === 'budgetEstimate'
      ? budget === undefined
        ? null
        : { amount: budget, zh: '概算总投资', en: 'budget estimate' }
      : referenceTotal(ctx.facts);
  if (!total || total.amount <= 0) {
    if (base === 'budgetEstimate') ctx.needs('/money', '概算总投资（money.budgetEstimate），无法判断调整数额的比例', 'the budget estimate (money.budgetEstimate), so the share of changes cannot be told', ['/money/budgetEstimate']);
    else ctx.needs('/money', '批复总投资或概算，无法判断变更比例', 'the approved total, so the share of changes cannot be told', ['/money/approvedTotal']);
    return;
  }
  const limit = Number(ctx.params.limit);
  const inclusive = ctx.params.inclusive === true;
  const whole = toFen(total.amount);
  const limitText = `${Number((limit * 100).toFixed(4))}%`;
  const cap = wan(Number(largestWithin(whole, limit, inclusive)) / 1e6);
  let cumulative = 0n;
  changes.forEach((c, i) => {
    cumulative += toFen(c.amount);
    const side = compareShare(cumulative, whole, limit);
    const within = inclusive ? side <= 0 : side < 0;
    const amount = wan(Number(cumulative) / 1e6);
    const pct = percentText(cumulative, whole, limit);
    if (within) {
      ctx.report({
        severity: 'info',
        pointer: `/changes/${i}/amount`,
        zh: `变更累计 ${amount} 万元，占${total.zh}的 ${pct}%（${inclusive ? '不超过' : '不足'} ${limitText}）：${procedure.zh}`,
        en: `changes total ${amount} (${pct}% of the ${total.en}, ${inclusive ? 'at most' : 'under'} ${limitText}): ${procedure.en}`,
      });
    } else {
      ctx.report({
        pointer: `/changes/${i}/amount`,
        zh: `变更累计 ${amount} 万元，占${total.zh}的 ${pct}%，${inclusive ? '超过' : '达到或超过'} ${limitText}（限内至多 ${cap} 万元）：${overLimit.zh}`,
        en: `changes total ${amount} (${pct}% of the ${total.en}), ${inclusive ? 'over' : 'at or over'} ${limitText} (at most ${cap} within): ${overLimit.en}`,
      });
    }
    extra?.(i);
  });
}
