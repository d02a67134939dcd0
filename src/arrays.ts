/**
 * Array helpers that hold for any length. `Math.min(...xs)` and `out.push(...xs)` pass every item
 * as an argument and overflow the stack past ~120,000 items (a 40,000-row table with three findings
 * a row): a file a user hands us must never be able to do that.
 */

/** The least of `xs` and `start` (Infinity by default, as Math.min() of nothing). */
export function minOf(xs: Iterable<number>, start = Infinity): number {
  let m = start;
  for (const x of xs) if (x < m) m = x;
  return m;
}

/** The greatest of `xs` and `start` (−Infinity by default, as Math.max() of nothing). */
export function maxOf(xs: Iterable<number>, start = -Infinity): number {
  let m = start;
  for (const x of xs) if (x > m) m = x;
  return m;
}

/** Append every item of `items` to `to`, one by one. */
export function pushAll<T>(to: T[], ...lists: Iterable<T>[]): T[] {
  for (const items of lists) for (const x of items) to.push(x);
  return to;
}
