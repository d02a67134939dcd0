import type { Finding } from '../findings.js';

// Findings of two versions matched by rule, file and the heading path or cell they stand at, and by
// their words with the figures taken out — not by line or paragraph number, which any edit above moves.

export interface FindingsDiff {
  /** In the old version and not in the new: fixed. */
  resolved: Finding[];
  /** In the new version only. */
  added: Finding[];
  /** In both. */
  open: Finding[];
}

/** A finding's place without the number that moves: the heading path of `¶157 第八章 …`, a cell as it is. */
const placeOf = (f: Finding): string => f.cell ?? (f.place ?? '').replace(/^(¶\d+|第 \d+ 页)\s*/, '');

export function findingKey(f: Finding): string {
  return [f.ruleId, f.file, placeOf(f), f.message.replace(/[\d０-９][\d０-９,，.．]*/g, '#')].join('\u0000');
}

export function matchFindings(before: readonly Finding[], after: readonly Finding[]): FindingsDiff {
  const count = new Map<string, number>();
  // A count line of findings left out is not a finding.
  const olds = before.filter((f) => f.omitted === undefined);
  const news = after.filter((f) => f.omitted === undefined);
  for (const f of olds) count.set(findingKey(f), (count.get(findingKey(f)) ?? 0) + 1);
  const added: Finding[] = [];
  const open: Finding[] = [];
  for (const f of news) {
    const k = findingKey(f);
    const n = count.get(k) ?? 0;
    if (n > 0) {
      count.set(k, n - 1);
      open.push(f);
    } else added.push(f);
  }
  const resolved: Finding[] = [];
  for (const f of [...olds].reverse()) {
    const k = findingKey(f);
    const n = count.get(k) ?? 0;
    if (n > 0) {
      count.set(k, n - 1);
      resolved.unshift(f);
    }
  }
  return { resolved, added, open };
}
