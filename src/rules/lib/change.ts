import type { RuleContext } from '../types.js';
import { fmt, referenceTotal } from '../../model/money.js';

/**
 * Classify the recorded changes against a share of the approved total: within it, the
 * profile's change procedure applies (info naming the papers); at or over it, the project
 * must be approved again (error). The cumulative amount counts, so splitting does not help.
 */
export function classifyChanges(
  ctx: RuleContext,
  procedure: { zh: string; en: string },
  overLimit: { zh: string; en: string },
  extra?: (i: number) => void,
): void {
  const changes = ctx.facts.changes ?? [];
  if (changes.length === 0) return;
  const total = referenceTotal(ctx.facts);
  if (!total) {
    ctx.needs('/money', '批复总投资或概算，无法判断变更比例', 'the approved total, so the share of changes cannot be told', ['/money/approvedTotal']);
    return;
  }
  const limit = Number(ctx.params.limit);
  const inclusive = ctx.params.inclusive === true; // "≤ 10%" vs "< 10%"
  // Compare in cents: 18.65 of 186.50 is exactly 10%, which floating division misses.
  const cap = Math.round(limit * total.amount * 100);
  let cumulative = 0;
  changes.forEach((c, i) => {
    cumulative += c.amount;
    const cents = Math.round(cumulative * 100);
    const pct = ((cumulative / total.amount) * 100).toFixed(1);
    const within = inclusive ? cents <= cap : cents < cap;
    if (within) {
      ctx.report({
        severity: 'info',
        pointer: `/changes/${i}/amount`,
        zh: `变更累计 ${fmt(cumulative)} 万元，占${total.zh}的 ${pct}%：${procedure.zh}`,
        en: `changes total ${fmt(cumulative)} (${pct}% of the ${total.en}): ${procedure.en}`,
      });
    } else {
      ctx.report({
        pointer: `/changes/${i}/amount`,
        zh: `变更累计 ${fmt(cumulative)} 万元，占${total.zh}的 ${pct}%，超过 ${limit * 100}%：${overLimit.zh}`,
        en: `changes total ${fmt(cumulative)} (${pct}% of the ${total.en}), over ${limit * 100}%: ${overLimit.en}`,
      });
    }
    extra?.(i);
  });
}
