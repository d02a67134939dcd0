import type { DocumentModel, Heading } from '../document/model.js';
import { findAmounts } from '../document/amounts.js';
import { normalizeTitle, stripNumbering } from '../document/numbering.js';

// The documents of two versions, chapter by chapter: headings matched by their title (numbering,
// spaces and punctuation aside), a heading whose number stayed and whose words changed is renamed;
// under each, the paragraphs added and removed, and the sentences that state an amount or a name
// that changed, paired old with new where only their figures differ.

export interface SentenceChange {
  old?: string;
  new?: string;
}

export interface ChapterChange {
  heading: string;
  added: number;
  removed: number;
  sentences: SentenceChange[];
}

export interface DocumentDiff {
  doc: string;
  file: string;
  added: string[];
  removed: string[];
  renamed: { old: string; new: string }[];
  changed: ChapterChange[];
}

export interface ReadDoc {
  doc: string;
  file: string;
  model: DocumentModel;
}

/** Each heading with the paragraphs that stand under it (before the next heading); the cover under ''. */
function chapters(m: DocumentModel): { h: Heading | null; paras: string[] }[] {
  const out: { h: Heading | null; paras: string[] }[] = [{ h: null, paras: [] }];
  const hs = [...m.headings].sort((a, b) => a.line - b.line);
  let i = 0;
  for (const b of [...m.body].sort((a, b) => a.line - b.line)) {
    while (i < hs.length && hs[i]!.line < b.line) out.push({ h: hs[i++]!, paras: [] });
    out.at(-1)!.paras.push(b.text.trim());
  }
  while (i < hs.length) out.push({ h: hs[i++]!, paras: [] });
  return out;
}

const numberOf = (title: string): string => title.slice(0, title.length - stripNumbering(title).length).replace(/\s/g, '');
const sentencesOf = (p: string): string[] => p.split(/(?<=[。；;！？])/).map((s) => s.trim()).filter((s) => s !== '');
/** A sentence with its figures taken out: two that differ only there are one sentence changed. */
const shape = (s: string): string => s.replace(/[\d０-９][\d０-９,，.．]*/g, '#');

/** Multiset difference: what `a` has more of than `b`. */
function minus(a: string[], b: string[]): string[] {
  const count = new Map<string, number>();
  for (const x of b) count.set(x, (count.get(x) ?? 0) + 1);
  return a.filter((x) => {
    const n = count.get(x) ?? 0;
    if (n === 0) return true;
    count.set(x, n - 1);
    return false;
  });
}

function chapterChange(heading: string, before: string[], after: string[], names: string[]): ChapterChange | null {
  const added = minus(after, before);
  const removed = minus(before, after);
  if (added.length === 0 && removed.length === 0) return null;
  const telling = (s: string): boolean => findAmounts(s).length > 0 || names.some((n) => n !== '' && s.includes(n));
  const gone = minus(removed.flatMap(sentencesOf), after.flatMap(sentencesOf)).filter(telling);
  const come = minus(added.flatMap(sentencesOf), before.flatMap(sentencesOf)).filter(telling);
  const sentences: SentenceChange[] = [];
  const left = [...gone];
  for (const s of come) {
    const at = left.findIndex((o) => shape(o) === shape(s));
    if (at >= 0) sentences.push({ old: left.splice(at, 1)[0]!, new: s });
    else sentences.push({ new: s });
  }
  for (const o of left) sentences.push({ old: o });
  return { heading, added: added.length, removed: removed.length, sentences };
}

/** `names`: the project's and the 建设单位's names in either version, whose sentences are told too. */
export function diffDocuments(before: ReadDoc[], after: ReadDoc[], names: string[]): DocumentDiff[] {
  const out: DocumentDiff[] = [];
  const ids = new Set([...before.map((d) => d.doc), ...after.map((d) => d.doc)]);
  for (const id of ids) {
    const o = before.find((d) => d.doc === id);
    const n = after.find((d) => d.doc === id);
    const oc = o ? chapters(o.model) : [];
    const nc = n ? chapters(n.model) : [];
    const key = (c: { h: Heading | null }): string => (c.h ? normalizeTitle(c.h.text) : '');
    const olds = new Map(oc.map((c) => [key(c), c]));
    const news = new Map(nc.map((c) => [key(c), c]));
    const diff: DocumentDiff = { doc: id, file: n?.file ?? o!.file, added: [], removed: [], renamed: [], changed: [] };
    const unmatchedOld = oc.filter((c) => c.h && !news.has(key(c)));
    for (const c of nc) {
      const prev = olds.get(key(c));
      if (prev) {
        const ch = chapterChange(c.h?.text ?? '（封面）', prev.paras, c.paras, names);
        if (ch) diff.changed.push(ch);
        continue;
      }
      // Same number, other words: the chapter was renamed (and its text is compared as one chapter's).
      const num = c.h ? numberOf(c.h.text) : '';
      const at = num ? unmatchedOld.findIndex((u) => numberOf(u.h!.text) === num && u.h!.level === c.h!.level) : -1;
      if (at >= 0) {
        const [u] = unmatchedOld.splice(at, 1);
        diff.renamed.push({ old: u!.h!.text, new: c.h!.text });
        const ch = chapterChange(c.h!.text, u!.paras, c.paras, names);
        if (ch) diff.changed.push(ch);
      } else if (c.h) diff.added.push(c.h.text);
    }
    for (const u of unmatchedOld) diff.removed.push(u.h!.text);
    if (diff.added.length + diff.removed.length + diff.renamed.length + diff.changed.length > 0 || !o || !n) out.push(diff);
  }
  return out;
}
