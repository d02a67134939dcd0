import { fieldTitle } from '../schema/titles.js';
import { projectSchema } from '../schema/compile.js';
import { compareAmounts } from '../model/money.js';

// What changed in project.yaml between two versions: every value, by its path, with its Chinese title;
// an amount with its difference and its percent of the old one.

export interface FactChange {
  /** JSON Pointer into project.yaml (`/money/estimate`). */
  pointer: string;
  title: string;
  kind: 'added' | 'removed' | 'changed';
  old?: unknown;
  new?: unknown;
  /** For a number in 万元: new − old, and that as a percent of the old (two decimals). */
  delta?: number;
  percent?: number | null;
}

type Json = Record<string, unknown>;

/** Every leaf of a value (scalars and arrays of scalars), by pointer. */
function leaves(value: unknown, path: string[], out: Map<string, unknown>): void {
  if (value !== null && typeof value === 'object' && !(Array.isArray(value) && value.every((v) => v === null || typeof v !== 'object'))) {
    for (const [k, v] of Object.entries(value as Json)) leaves(v, [...path, k], out);
  } else out.set(`/${path.join('/')}`, value);
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
const round2 = (n: number): number => Math.round(n * 100) / 100;

export function diffFacts(before: unknown, after: unknown): FactChange[] {
  const a = new Map<string, unknown>();
  const b = new Map<string, unknown>();
  leaves(before ?? {}, [], a);
  leaves(after ?? {}, [], b);
  const schema = projectSchema() as Json;
  const out: FactChange[] = [];
  for (const pointer of new Set([...a.keys(), ...b.keys()])) {
    const old = a.get(pointer);
    const now = b.get(pointer);
    const inOld = a.has(pointer) && old !== null;
    const inNew = b.has(pointer) && now !== null;
    if (!inOld && !inNew) continue;
    if (inOld && inNew && same(old, now)) continue;
    const title = fieldTitle(schema, pointer.slice(1).split('/'));
    const change: FactChange = { pointer, title, kind: !inOld ? 'added' : !inNew ? 'removed' : 'changed', ...(inOld ? { old } : {}), ...(inNew ? { new: now } : {}) };
    if (typeof old === 'number' && typeof now === 'number' && compareAmounts(old, now) !== 0) {
      change.delta = round2(now - old);
      change.percent = old === 0 ? null : round2(((now - old) / old) * 100);
    }
    out.push(change);
  }
  return out;
}
