import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { maxOf, minOf, pushAll } from './arrays.js';

describe('arrays of any length', () => {
  const many = Array.from({ length: 300_000 }, (_, i) => (i * 7919) % 300_007);
  it('minOf, maxOf and pushAll hold where the spread overflows the stack', () => {
    expect(() => Math.min(...many)).toThrow(RangeError);
    expect(minOf(many)).toBe(0);
    expect(maxOf(many)).toBe(many.reduce((a, b) => (b > a ? b : a)));
    expect(pushAll([1], many).length).toBe(300_001);
    expect([minOf([]), maxOf([]), maxOf([], 1), maxOf([3], 5)]).toEqual([Infinity, -Infinity, 1, 5]);
  });

  it('no module spreads an array into a call (Math.min/max, push, unshift, fromCharCode)', () => {
    const src = join(import.meta.dirname);
    const files = (function walk(dir: string): string[] {
      return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [join(dir, e.name)] : []));
    })(src);
    const spread = /\b(?:Math\.(?:max|min)|\.push|\.unshift|String\.fromCharCode)\((?:[^(){}`]|\([^()]*\))*\.\.\.[A-Za-z_[(]/;
    const found = files.flatMap((f) => readFileSync(f, 'utf8').split('\n').map((l, i) => [l, i] as const).filter(([l]) => spread.test(l) && !l.trim().startsWith('*') && !l.trim().startsWith('//')).map(([l, i]) => `${relative(src, f)}:${i + 1}: ${l.trim()}`));
    expect(found).toEqual([]);
  });
});
