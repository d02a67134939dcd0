import { join } from 'node:path';
import { DocumentReadError, placeOf } from '../document/model.js';
import type { DocumentModel } from '../document/model.js';
import { preloadPdf, readDocument } from '../document/read.js';
import type { Finding } from '../findings.js';
import type { Lang } from '../i18n/lang.js';
import { pick } from '../i18n/lang.js';
import type { Fingerprint } from './fingerprint.js';
import { BUILDS, nameKey, normalise } from './fingerprint.js';
import { candidatePairs, similarity } from './minhash.js';

// A year's packages compared once they are all read: one 投资项目代码 for two projects, one project
// under two codes, two versions of one project, projects that build the same thing (重复建设), and a
// paragraph naming another package's project (copied from it). Each finding stands in every package
// concerned and names the other; `related` lists the relatives for the report and the JSON.

export type RelationKind = 'same-code' | 'two-codes' | 'version' | 'duplicate' | 'copied';

export interface Related {
  path: string;
  kind: RelationKind;
  similarity?: number;
}

/** Estimated share of common shingles from which two projects' 建设内容 are a 重复建设 risk. */
export const DUPLICATE_FROM = 0.6;

export interface Relations {
  related: Related[][];
  findings: Finding[][];
}

/** The indices of `fps` by a key of each (none: left out). */
function groupBy<K>(fps: readonly Fingerprint[], key: (f: Fingerprint) => K | null): Map<K, number[]> {
  const out = new Map<K, number[]>();
  fps.forEach((f, i) => {
    const k = key(f);
    if (k === null) return;
    const list = out.get(k);
    if (list) list.push(i);
    else out.set(k, [i]);
  });
  return out;
}

const sameProject = (a: Fingerprint, b: Fingerprint): boolean => !!a.name && a.name === b.name && (a.owner ?? '') === (b.owner ?? '');
const who = (f: Fingerprint): string => `「${f.name ?? f.path}」${f.owner ? `（${f.owner}）` : ''}`;

/** Read a package's documents again (only for the few a pair needs quoted). */
async function documentsOf(fp: Fingerprint, lang: Lang): Promise<{ file: string; model: DocumentModel }[]> {
  const out: { file: string; model: DocumentModel }[] = [];
  for (const file of fp.documents) {
    try {
      const abs = join(fp.dir, file);
      out.push({ file, model: /\.pdf$/i.test(file) ? await preloadPdf(abs) : readDocument(abs, lang) });
    } catch (err) {
      if (!(err instanceof DocumentReadError)) throw err;
    }
  }
  return out;
}

const sentencesOf = (docs: { model: DocumentModel }[]): string[] => docs.flatMap((d) => d.model.body.flatMap((b) => b.text.split(/(?<=[。；;])/).map((s) => s.trim()).filter((s) => s.length >= 12)));

export async function relate(fps: readonly Fingerprint[], lang: Lang): Promise<Relations> {
  const related: Related[][] = fps.map(() => []);
  const findings: Finding[][] = fps.map(() => []);
  const add = (i: number, j: number, kind: RelationKind, f: Omit<Finding, 'ruleId' | 'source'>, sim?: number): void => {
    related[i]!.push({ path: fps[j]!.path, kind, ...(sim !== undefined ? { similarity: sim } : {}) });
    findings[i]!.push({ ruleId: 'CROSS-PACKAGE', source: null, ...f });
  };
  const atYaml = (i: number, at: { line: number; column: number }) => ({ file: 'project.yaml', line: at.line, column: at.column });

  // One code, two projects; one project, one code each time (versions) or two codes.
  for (const [code, list] of groupBy(fps, (f) => f.code ?? null)) {
    for (const i of list) {
      for (const j of list) {
        if (i === j) continue;
        const [a, b] = [fps[i]!, fps[j]!];
        if (sameProject(a, b)) add(i, j, 'version', { ...atYaml(i, a.codeAt), severity: 'info', message: pick(lang, `${b.path} 是同一项目（名称、建设单位和代码相同）的另一份软件包：可用 zwpack diff 比较两个版本`, `${b.path} is another package of the same project (same name, unit and code): zwpack diff compares the two`) });
        else add(i, j, 'same-code', { ...atYaml(i, a.codeAt), severity: 'error', message: pick(lang, `投资项目代码 ${code} 也是${who(b)}（${b.path}）的代码：一个代码只对应一个项目，请核实`, `the project code ${code} is also that of ${who(b)} (${b.path}): one code is one project`) });
      }
    }
  }
  for (const list of groupBy(fps, (f) => (f.name ? `${f.name}\u0000${f.owner ?? ''}` : null)).values()) {
    for (const i of list) for (const j of list) {
      const [a, b] = [fps[i]!, fps[j]!];
      if (i !== j && a.code && b.code && a.code !== b.code) add(i, j, 'two-codes', { ...atYaml(i, a.codeAt), severity: 'warning', message: pick(lang, `同一项目（名称和建设单位相同）在 ${b.path} 中的投资项目代码是 ${b.code}，与本包的 ${a.code} 不同，请核实`, `the same project (same name and unit) has the code ${b.code} in ${b.path}, not ${a.code}`) });
    }
  }

  // 重复建设: what two projects build, compared only where LSH puts them in one bucket.
  const sigs = fps.map((f) => f.content);
  const docsCache = new Map<number, Promise<{ file: string; model: DocumentModel }[]>>();
  const docs = (i: number): Promise<{ file: string; model: DocumentModel }[]> => {
    let hit = docsCache.get(i);
    if (!hit) docsCache.set(i, (hit = documentsOf(fps[i]!, lang)));
    return hit;
  };
  for (const [i, j] of candidatePairs(sigs)) {
    const [a, b] = [fps[i]!, fps[j]!];
    if (sameProject(a, b)) continue;
    const sim = similarity(sigs[i]!, sigs[j]!);
    if (sim < DUPLICATE_FROM) continue;
    // A 建设内容 both state word for word (their own names aside), else each one's own: what the reviewer compares.
    const cut = (t: string): string => `${t.slice(0, 40)}${t.length > 40 ? '…' : ''}`;
    const builds = async (x: number): Promise<string[]> => sentencesOf(await docs(x)).filter((s) => BUILDS.test(s));
    const [bi, bj] = [await builds(i), await builds(j)];
    const theirs = new Set(bj.map((s) => normalise(s, [b.name ?? '', b.owner ?? ''])));
    const both = bi.find((s) => theirs.has(normalise(s, [a.name ?? '', a.owner ?? ''])));
    const quote = (own: string | undefined, other: string | undefined): string =>
      both ? pick(lang, `；两者都写有「${cut(both)}」`, `; both state "${cut(both)}"`) : own && other ? pick(lang, `；本包「${cut(own)}」，对方「${cut(other)}」`, `; this one "${cut(own)}", the other "${cut(other)}"`) : '';
    const quotes = [quote(bi[0], bj[0]), quote(bj[0], bi[0])];
    const pct = Math.round(sim * 100);
    for (const [k, [x, y]] of ([[i, j], [j, i]] as const).entries()) {
      add(x, y, 'duplicate', { ...atYaml(x, fps[x]!.nameAt), severity: 'warning', message: pick(lang, `重复建设风险，请核实与${who(fps[y]!)}（${fps[y]!.path}）的关系：建设内容和系统的相似度约 ${pct}%${quotes[k]}`, `risk of building twice: check how this relates to ${who(fps[y]!)} (${fps[y]!.path}): what they build is about ${pct}% alike${quotes[k]}`) }, Math.round(sim * 100) / 100);
    }
  }

  // A paragraph naming another package's project: looked up by the last characters of each name.
  const byName = groupBy(fps, (f) => (f.name ? nameKey(f.name) : null));
  for (let i = 0; i < fps.length; i++) {
    const p = fps[i]!;
    const candidates = new Set<number>();
    for (const w of p.windows) for (const j of byName.get(w) ?? []) if (j !== i && fps[j]!.name !== p.name) candidates.add(j);
    for (const j of candidates) {
      const q = fps[j]!;
      for (const { file, model } of await docs(i)) {
        const hit = [...model.headings, ...model.body].find((b) => (p.name ? b.text.split(p.name).join('') : b.text).includes(q.name!));
        if (!hit) continue;
        add(i, j, 'copied', { file, line: hit.line, column: 1, ...(model.kind !== 'md' ? { place: placeOf(model, hit.line) } : {}), severity: 'warning', message: pick(lang, `提到${who(q)}，这是另一软件包（${q.path}）的项目：疑似从该项目复制，请核实`, `names ${who(q)}, the project of another package (${q.path}): probably copied from it`) });
        break;
      }
    }
  }
  return { related, findings };
}
