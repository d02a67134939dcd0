import { readFileSync } from 'node:fs';
import { assetPath } from '../data/assets.js';

// Places named in a text, by the GB/T 2260 names of templates/divisions.json: what DOC-PLACE checks a
// document's places against, and where import finds the jurisdiction of a 建设单位.

export interface Divisions {
  /** Name → the GB/T 2260 codes of the places so named (鼓楼区 is in four cities). */
  byName: Map<string, string[]>;
  names: Map<string, string>;
  /** The last characters names end with (省, 市, 县, 区, 州, 盟, 旗…), and the longest name. */
  ends: Set<string>;
  longest: number;
}

let file: { top: string; counties: Record<string, string> } | null = null;
const loaded = new Map<string, Divisions>();

/**
 * The places a document of a jurisdiction is checked against (templates/divisions.json), loaded only
 * when documents are checked: every province and prefecture, and the counties of the jurisdiction's
 * own province — a county elsewhere is named with its city or province when a text is copied.
 */
export function loadDivisions(province: string): Divisions {
  const hit = loaded.get(province);
  if (hit) return hit;
  file ??= JSON.parse(readFileSync(assetPath('templates', 'divisions.json'), 'utf8')) as { top: string; counties: Record<string, string> };
  const byName = new Map<string, string[]>();
  const names = new Map<string, string>();
  for (const entry of `${file.top},${file.counties[province] ?? ''}`.split(',')) {
    const code = entry.slice(0, 6);
    const name = entry.slice(6);
    names.set(code, name);
    // Two-character names (南县、城区、郊区) are words of ordinary text more often than places.
    if (name.length < 3) continue;
    const list = byName.get(name);
    if (list) list.push(code);
    else byName.set(name, [code]);
  }
  let longest = 0;
  const ends = new Set<string>();
  for (const n of byName.keys()) {
    ends.add(n.at(-1)!);
    longest = Math.max(longest, n.length);
  }
  const d = { byName, names, ends, longest };
  loaded.set(province, d);
  return d;
}

/** A code's own digits: 220000 → 22, 511900 → 5119, 320831 → 320831. */
export const stem = (code: string): string => code.replace(/(00)+$/, '');

/** The places named in a text, longest name first where names overlap, with their offsets. */
export function placesIn(text: string, province: string): { name: string; index: number; codes: string[] }[] {
  const d = loadDivisions(province);
  const out: { name: string; index: number; codes: string[] }[] = [];
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (!d.ends.has(text[i]!)) continue;
    for (let len = Math.min(d.longest, i + 1 - from); len >= 3; len--) {
      const name = text.slice(i + 1 - len, i + 1);
      const codes = d.byName.get(name);
      if (codes) {
        out.push({ name, index: i + 1 - len, codes });
        from = i + 1;
        break;
      }
    }
  }
  return out;
}

/**
 * The most specific of `divisions` (GB/T 2260 codes) that a place named in `text` lies in, with that
 * place: 长春市 lies in 220000, 通江县 in 511900. The counties read are those of the divisions' provinces.
 */
export function divisionNamed(text: string, divisions: readonly string[]): { division: string; place: string } | null {
  let best: { division: string; place: string } | null = null;
  for (const province of new Set(divisions.map((d) => d.slice(0, 2)))) {
    const hits = placesIn(text, province);
    for (const hit of hits) {
      // A name of several places (鼓楼区: 南京, 徐州, 福州, 开封) is the one inside another place the text names.
      const inside = hit.codes.filter((c) => hits.some((h) => h !== hit && h.codes.some((o) => c !== o && c.startsWith(stem(o)))));
      const codes = inside.length > 0 ? inside : hit.codes;
      for (const division of divisions) {
        const mine = stem(division);
        if (codes.some((c) => c.startsWith(mine)) && (!best || mine.length > stem(best.division).length)) best = { division, place: hit.name };
      }
    }
  }
  return best;
}
