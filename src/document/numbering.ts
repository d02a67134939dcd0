/** Tolerant heading titles: numbering, spaces and punctuation do not matter. */

const CN_DIGITS = '一二三四五六七八九十百零〇两';

/** 第一章 / 第1节 / 一、/ （一）/ (1) / 1. / 1.1 / 1、 at the start of a title. */
const NUMBERING = new RegExp(
  String.raw`^\s*(?:` +
    String.raw`第[${CN_DIGITS}\d]+[章节篇部分]` +
    String.raw`|[${CN_DIGITS}]+\s*[、.．]` +
    String.raw`|[（(]\s*[${CN_DIGITS}\d]+\s*[)）]` +
    String.raw`|\d+(?:[.．]\d+)*[、.．]?(?=\s|[^\d.．])` +
    String.raw`)\s*`,
  'u',
);

/** The title without its leading numbering. */
export function stripNumbering(title: string): string {
  return title.replace(NUMBERING, '').trim();
}

/** Compare form: no numbering, full-width folded to half-width, no spaces, punctuation or symbols. */
export function normalizeTitle(title: string): string {
  return stripNumbering(title.normalize('NFKC'))
    .normalize('NFKC')
    .replace(/[\s\p{P}\p{S}]/gu, '')
    .toLowerCase();
}

export type NumberingKind = 'chapter' | 'section' | 'cn' | 'cn-paren' | 'decimal1' | 'decimal2' | 'decimal3';

/**
 * The numbering a short line starts with, for documents written without heading styles.
 * A long line or one that ends like a sentence is body text, whatever it starts with.
 */
export function numberingOf(text: string): NumberingKind | null {
  const t = text.trim();
  if (t.length === 0 || t.length > 40 || /[。；;，,：:]$/.test(t)) return null;
  if (new RegExp(`^第[${CN_DIGITS}\\d]+[章篇]`, 'u').test(t)) return 'chapter';
  if (new RegExp(`^第[${CN_DIGITS}\\d]+节`, 'u').test(t)) return 'section';
  if (new RegExp(`^[${CN_DIGITS}]+\\s*[、．]`, 'u').test(t)) return 'cn';
  if (new RegExp(`^[（(]\\s*[${CN_DIGITS}]+\\s*[)）]`, 'u').test(t)) return 'cn-paren';
  const m = /^(\d+(?:[.．]\d+)*)[.．、]?\s*[^\d.．\s]/u.exec(t);
  if (m) {
    const depth = m[1]!.split(/[.．]/).length;
    // "1." alone is too common in lists; only dotted pairs and triples count.
    if (depth === 2) return 'decimal2';
    if (depth === 3) return 'decimal3';
  }
  return null;
}

/** The kinds of numbering from the outermost in: a document's levels are the kinds it uses, in this order. */
const RANK: NumberingKind[] = ['chapter', 'section', 'cn', 'cn-paren', 'decimal2', 'decimal3'];

/** Headings of a document written without heading styles: each numbered line, ranked by the kinds present. */
export function levelsByNumbering(lines: readonly string[]): { at: number; level: number }[] {
  const kinds = lines.map(numberingOf);
  const present = RANK.filter((k) => kinds.includes(k));
  return kinds.flatMap((kind, at) => (kind ? [{ at, level: present.indexOf(kind) + 1 }] : []));
}
