// MinHash over character shingles, and LSH to find the pairs worth comparing: the cost of finding
// near-duplicates among N texts grows with N, not with the N² pairs. A signature is SIZE minimum hashes;
// the share of equal positions in two signatures estimates the Jaccard similarity of their shingle sets.

export const SIZE = 128;
/** Bands × rows = SIZE: two texts of similarity s share a band with probability 1 − (1 − s^ROWS)^BANDS (0.6 → 0.9999, 0.2 → 0.05). */
const BANDS = 32;
const ROWS = SIZE / BANDS;

/** 32-bit FNV-1a of a string. */
export function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A 32-bit mixer (murmur3's finaliser): the i-th hash function is mix(x ^ SEEDS[i]). */
function mix(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

const SEEDS = Uint32Array.from({ length: SIZE }, (_, i) => mix(0x9e3779b9 * (i + 1)));

/** The distinct hashes of a text's k-character shingles. */
export function shingles(text: string, k = 4): Set<number> {
  const out = new Set<number>();
  const chars = [...text];
  for (let i = 0; i + k <= chars.length; i++) out.add(hash32(chars.slice(i, i + k).join('')));
  if (chars.length > 0 && chars.length < k) out.add(hash32(text));
  return out;
}

/** The MinHash signature of a set of shingle hashes (empty set: null, nothing to compare). */
export function signature(set: ReadonlySet<number>): Uint32Array | null {
  if (set.size === 0) return null;
  const sig = new Uint32Array(SIZE).fill(0xffffffff);
  for (const x of set) {
    for (let i = 0; i < SIZE; i++) {
      const h = mix(x ^ SEEDS[i]!);
      if (h < sig[i]!) sig[i] = h;
    }
  }
  return sig;
}

/** The estimated Jaccard similarity of two signatures: the share of positions where they agree. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < SIZE; i++) if (a[i] === b[i]) same++;
  return same / SIZE;
}

/** The exact Jaccard similarity of two sets (for tests and small sets). */
export function jaccard(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  const union = a.size + b.size - inter;
  return union === 0 ? 0 : inter / union;
}

/** The pairs (i < j) of signatures that share at least one band: the candidates for a closer look. */
export function candidatePairs(sigs: readonly (Uint32Array | null)[]): [number, number][] {
  const pairs = new Set<string>();
  const out: [number, number][] = [];
  for (let band = 0; band < BANDS; band++) {
    const buckets = new Map<string, number[]>();
    sigs.forEach((sig, i) => {
      if (!sig) return;
      let key = '';
      for (let r = band * ROWS; r < (band + 1) * ROWS; r++) key += `${sig[r]!.toString(36)},`;
      const list = buckets.get(key);
      if (list) list.push(i);
      else buckets.set(key, [i]);
    });
    for (const list of buckets.values()) {
      if (list.length < 2) continue;
      for (let x = 0; x < list.length; x++) {
        for (let y = x + 1; y < list.length; y++) {
          const key = `${list[x]},${list[y]}`;
          if (pairs.has(key)) continue;
          pairs.add(key);
          out.push([list[x]!, list[y]!]);
        }
      }
    }
  }
  return out;
}
