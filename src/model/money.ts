import type { Facts } from './facts.js';

/** Amounts are in 万元 with two decimals: equal when they agree to the cent. */
export const sameAmount = (a: number, b: number): boolean => Math.abs(a - b) < 0.005;

export const sumOf = (xs: readonly number[]): number => Math.round(xs.reduce((a, b) => a + b, 0) * 100) / 100;

export const fmt = (n: number): string => n.toFixed(2);

/**
 * The project's total as of its latest stage, with the pointer it comes from:
 * 批复总投资, else 概算, else 估算, else 匡算.
 */
export function referenceTotal(facts: Facts): { amount: number; pointer: string; zh: string; en: string } | null {
  const m = facts.money ?? {};
  const order = [
    ['approvedTotal', '批复总投资', 'approved total'],
    ['budgetEstimate', '投资概算', 'budget estimate'],
    ['estimate', '投资估算', 'estimate'],
    ['roughEstimate', '投资匡算', 'rough estimate'],
  ] as const;
  for (const [key, zh, en] of order) {
    const v = m[key];
    if (typeof v === 'number') return { amount: v, pointer: `/money/${key}`, zh, en };
  }
  return null;
}

/**
 * 万元 with at least two decimals and as many more as the amount has, up to 分 (six decimals of
 * 万元), so the figures and the 大写 beside them always denote the same sum: 818.3 → "818.30",
 * 818.3456 → "818.3456".
 */
export function wan(amount: number): string {
  const [int, dec = ''] = amount.toFixed(6).replace(/0+$/, '').split('.');
  return `${int}.${dec.padEnd(2, '0')}`;
}
