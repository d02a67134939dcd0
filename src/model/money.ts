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

/**
 * An amount in 万元 as a whole number of 分 (1 万元 = 1,000,000 分), so limits are compared exactly:
 * the decimal the user wrote, to six places, not the binary fraction a float holds.
 */
export function toFen(amount: number): bigint {
  if (!Number.isFinite(amount)) throw new RangeError(`not an amount: ${amount}`);
  // toFixed gives exponents from 1e21 on; no project is that large, but keep the order of magnitude.
  if (Math.abs(amount) >= 1e15) return BigInt(Math.round(amount)) * 1_000_000n;
  return BigInt(amount.toFixed(6).replace('.', ''));
}

/** A share such as 0.15 (up to twelve decimals) as an exact fraction. */
function fraction(share: number): [bigint, bigint] {
  return [BigInt(share.toFixed(12).replace('.', '')), 10n ** 12n];
}

/** −1, 0 or 1 as `part / whole` is below, at or above `share`, by cross-multiplying (whole > 0). */
export function compareShare(part: bigint, whole: bigint, share: number): -1 | 0 | 1 {
  const [num, den] = fraction(share);
  const l = part * den;
  const r = num * whole;
  return l < r ? -1 : l > r ? 1 : 0;
}

/** −1, 0 or 1 as amount `a` is below, at or above `b` (万元), compared in 分. */
export function compareAmounts(a: number, b: number): -1 | 0 | 1 {
  const x = toFen(a);
  const y = toFen(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * `part / whole` as a percent for a message: one decimal, or as many more (up to four) as it takes
 * not to print the limit itself for a share that is not exactly at it (10.004% is not "10.0%").
 */
export function percentText(part: bigint, whole: bigint, share: number): string {
  const exact = compareShare(part, whole, share);
  const limit = (share * 100).toFixed(4).replace(/\.?0+$/, '');
  const sign = part < 0n ? '-' : '';
  const abs = part < 0n ? -part : part;
  for (const digits of [1, 2, 3, 4]) {
    // 10^digits × 100 × part / whole, rounded half up, in integers.
    const unit = 10n ** BigInt(digits);
    const n = (abs * unit * 100n * 2n + whole) / (whole * 2n);
    const text = `${sign}${n / unit}.${(n % unit).toString().padStart(digits, '0')}`;
    if (exact === 0 || Number(text) !== Number(limit)) return text;
  }
  // So close that no decimal shows it: the message's amount (largestWithin) says which side.
  return limit.includes('.') ? limit : `${limit}.0`;
}

/** The largest amount in 分 within `share` of `whole`: at most (inclusive) or below (exclusive) it. */
export function largestWithin(whole: bigint, share: number, inclusive: boolean): bigint {
  const [num, den] = fraction(share);
  const product = num * whole;
  const floor = product / den;
  return inclusive || product % den !== 0n ? floor : floor - 1n;
}
