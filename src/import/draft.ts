import { readDataYaml } from '../data/data-file.js';
import { importWords } from './classify.js';
import { findAmounts, monthsOf } from '../document/amounts.js';
import type { DocumentModel } from '../document/model.js';
import { placeOf } from '../document/model.js';
import { divisionNamed } from '../document/places.js';
import { loadProfile, profileIds } from '../profiles/profile.js';
import type { Profile } from '../profiles/profile.js';
import { maxOf, minOf } from '../arrays.js';

// The facts a submission's documents state, each with where it was read: the draft project.yaml a
// reviewer confirms. A fact not found is null (待核实); one found with two values keeps the first.

/** Where in the submission's file a value was read: the file's name there, its paragraph (or line) and place. */
export interface ReadAt {
  file: string;
  line: number;
  /** `¶57 第八章 投资估算`, `第 12 页 …`. */
  place: string;
}

/** A value read from a document, and where. */
export interface Sourced<T> {
  value: T;
  /** `XX可行性研究报告（送审稿）.docx ¶57「项目总投资估算为1,038.65万元」`. */
  from: string;
  at?: ReadAt;
  /** Other values found for the same fact, with theirs. */
  others: { value: T; from: string; at?: ReadAt }[];
}

export interface ReadDocument {
  doc: string;
  /** The file's name in the submission. */
  file: string;
  model: DocumentModel;
}

export interface Draft {
  profile: Sourced<string> | null;
  name: Sourced<string> | null;
  owner: Sourced<string> | null;
  code: Sourced<string> | null;
  category: Sourced<string>;
  classified: Sourced<boolean> | null;
  softwareDevelopment: Sourced<boolean> | null;
  months: Sourced<number> | null;
  /** 建设期自…至…: the planned start and end. */
  dates: Sourced<[string, string]> | null;
  money: Partial<Record<'roughEstimate' | 'estimate' | 'budgetEstimate', Sourced<number>>>;
  funding: { source: string; nature: string | null; amount: number; from: string }[];
}

const short = (s: string): string => (s.length > 60 ? `${s.slice(0, 59)}…` : s);
/** The sentence of `text` around offset `at`: what a reviewer looks for in the file. */
const sentenceAt = (text: string, at: number): string => {
  const from = maxOf(['。', '；', ';'].map((p) => text.lastIndexOf(p, at - 1))) + 1;
  const ends = ['。', '；', ';'].map((p) => text.indexOf(p, at)).filter((i) => i >= 0);
  const sentence = text.slice(from, ends.length > 0 ? minOf(ends) + 1 : text.length).trim();
  // A long sentence is quoted around the value, which is what the reviewer searches the file for.
  const rel = at - from;
  return sentence.length <= 60 || rel < 30 ? short(sentence) : `…${sentence.slice(rel - 20, rel + 38)}…`;
};
interface Where {
  from: string;
  at: ReadAt;
}
const where = (d: ReadDocument, line: number, text: string, at = 0): Where => {
  const place = placeOf(d.model, line);
  return { from: `${d.file} ${place.split(' ')[0]}「${sentenceAt(text, at)}」`, at: { file: d.file, line, place } };
};

/** Every line of text of a document (the cover is the body's first lines), with the paragraph it is. */
const linesOf = (m: DocumentModel): { line: number; text: string }[] => [...m.body, ...m.headings].sort((a, b) => a.line - b.line);

function add<T>(slot: Sourced<T> | null, value: T, w: Where): Sourced<T> {
  if (!slot) return { value, ...w, others: [] };
  if (slot.value !== value && !slot.others.some((o) => o.value === value)) slot.others.push({ value, ...w });
  return slot;
}

const LABELLED = (label: string): RegExp => new RegExp(`(?:^|[\\s，,。；])(?:${label})\\s*[：:]\\s*([^，,。；;\\s]{2,80})`);
const NAME = LABELLED('项目名称');
const OWNER = LABELLED('(?:项目)?(?:建设|申报|实施|主管)单位(?:名称)?');
const CODE = /\d{4}-\d{6}-\d{2}-\d{2}-\d{6}/;
const PERIOD = /建设(?:周)?期(?:为|：|:)?\s*自?\s*(\d{4}-\d{2}-\d{2})\s*至\s*(\d{4}-\d{2}-\d{2})/;
const MONTHS = /建设(?:周)?期(?:为|：|:)?\s*(\d+|[一二三四五六七八九十两]+)\s*(个月|年)/;

/** A document's own total is its stage's figure: 建议书 the 匡算, 可研 the 估算, 初设 the 概算. */
const STAGE_OF: Record<string, 'roughEstimate' | 'estimate' | 'budgetEstimate'> = { proposal: 'roughEstimate', feasibility: 'estimate', design: 'budgetEstimate', implementation: 'budgetEstimate', scheme: 'estimate' };

interface Labels {
  total: string[];
  rough: string[];
  estimate: string[];
  budget: string[];
}

/** The project's name on a cover: the lines above the document's title, joined. */
function nameOnCover(d: ReadDocument, titles: string[]): { text: string; line: number } | null {
  const lines = d.model.cover.filter((c) => c.text.length <= 80);
  const at = lines.findIndex((c) => titles.some((t) => c.text.replace(/\s/g, '').startsWith(t) || c.text.replace(/\s/g, '').endsWith(t)));
  if (at <= 0) return null;
  const above = lines.slice(0, at).filter((c) => !/[：:]/.test(c.text));
  const text = above.map((c) => c.text.trim()).join('').replace(/\s/g, '');
  if (!/项目|工程|系统|平台/.test(text)) return null;
  return { text, line: above[0]!.line };
}

/** A `项目名称：`/`建设单位：` line's name and unit (a unit only when its name ends as a unit's does). */
function namesIn(draft: Draft, text: string, w: Where): void {
  const name = NAME.exec(text);
  if (name) draft.name = add(draft.name, name[1]!, w);
  const owner = OWNER.exec(text);
  if (owner && /[厅局委办院部中心府校]$/.test(owner[1]!)) draft.owner = add(draft.owner, owner[1]!, w);
}

/** The facts found with more than one value: each is a finding of the import. */
export function conflicts(draft: Draft): { fact: string; first: Sourced<unknown> }[] {
  const facts: [string, Sourced<unknown> | null | undefined][] = [['name', draft.name], ['owner.name', draft.owner], ['code', draft.code], ['classified', draft.classified], ...Object.entries(draft.money).map(([k, v]) => [`money.${k}`, v] as [string, Sourced<unknown>])];
  return facts.flatMap(([fact, s]) => (s && s.others.length > 0 ? [{ fact, first: s }] : []));
}

/** A workbook's lines above its header, in the submission's file `file`: where a table names its project. */
export interface TableLines {
  file: string;
  lines: { text: string; line: number; cell: string }[];
}

/**
 * Read a draft of the facts from the documents, the first document (the chosen 可研, else …) first,
 * then from the `项目名称：`/`建设单位：` lines above the annex tables' headers.
 */
export function readDraft(docs: ReadDocument[], tables: TableLines[] = []): Draft {
  const labels = readDataYaml('templates', 'amount-labels.yaml') as Labels;
  // The documents' own titles only: a cover line of 送审稿 or a material word is not the title line.
  const titles = Object.values(importWords().documents).flat().sort((a, b) => b.length - a.length);
  const draft: Draft = { profile: null, name: null, owner: null, code: null, category: { value: '建设类', from: '推断：项目名称不含“运维”', others: [] }, classified: null, softwareDevelopment: null, months: null, dates: null, money: {}, funding: [] };
  const totalWords = [...labels.total, ...labels.rough, ...labels.estimate, ...labels.budget].sort((a, b) => b.length - a.length);
  for (const d of docs) {
    const cover = nameOnCover(d, titles);
    if (cover) draft.name = add(draft.name, cover.text, where(d, cover.line, cover.text));
    for (const { line, text } of linesOf(d.model)) {
      namesIn(draft, text, where(d, line, text));
      const code = CODE.exec(text);
      if (code) draft.code = add(draft.code, code[0], where(d, line, text, code.index));
      const months = MONTHS.exec(text);
      if (months) {
        const n = monthsOf(months[1]!, months[2]!);
        if (n !== null) draft.months = add(draft.months, n, where(d, line, text, months.index));
      }
      const period = PERIOD.exec(text);
      if (period && !draft.dates) draft.dates = { value: [period[1]!, period[2]!], ...where(d, line, text, period.index), others: [] };
      if (/不涉及国家秘密|不涉密|非涉密/.test(text)) draft.classified = add(draft.classified, false, where(d, line, text));
      else if (/属于涉密信息系统|为涉密信息系统|涉密信息系统建设/.test(text)) draft.classified = add(draft.classified, true, where(d, line, text));
      if (/软件开发|应用系统开发|工作量核算|定制开发/.test(text)) draft.softwareDevelopment ??= { value: true, ...where(d, line, text, Math.max(0, text.search(/软件开发|应用系统开发|工作量核算|定制开发/))), others: [] };
      const stage = STAGE_OF[d.doc];
      if (stage) {
        for (const a of findAmounts(text)) {
          const before = text.slice(Math.max(0, a.start - 14), a.start);
          if (a.approx === null && totalWords.some((w) => before.includes(w)) && !/其中|、/.test(before.slice(-6))) {
            draft.money[stage] = add(draft.money[stage] ?? null, a.value, where(d, line, text, a.start));
            break;
          }
        }
      }
      if (draft.funding.length === 0 && /资金来源/.test(text)) draft.funding = fundingIn(text.slice(text.indexOf('资金来源')), where(d, line, text, text.indexOf('资金来源')).from);
    }
  }
  for (const t of tables) {
    for (const l of t.lines) {
      namesIn(draft, l.text, { from: `${t.file} ${l.cell}「${short(l.text)}」`, at: { file: t.file, line: l.line, place: l.cell } });
    }
  }
  if (draft.name && /运维|运行维护/.test(draft.name.value)) draft.category = { value: '运维类', from: '推断：项目名称含“运维”', others: [] };
  draft.profile = profileOf(draft, docs);
  return draft;
}

/** `资金来源为省级财政资金1,034.56万元、中央预算内投资200.00万元`: each source and its amount. */
function fundingIn(text: string, from: string): Draft['funding'] {
  const out: Draft['funding'] = [];
  let last = 0;
  for (const a of findAmounts(text)) {
    const label = text.slice(last, a.start).replace(/^.*?(?:资金来源(?:为|是|：|:)?|[、，,；;和及])/, '').replace(/^(?:其中|申请|使用|安排|为|是)+/, '').trim();
    last = a.end;
    if (label.length >= 2 && label.length <= 20 && !/总投资|合计|共计/.test(label)) out.push({ source: label, nature: null, amount: a.value, from });
  }
  return out;
}

/**
 * The profile whose jurisdiction (its GB/T 2260 code) holds a place the owner's name names (长春市… →
 * 吉林省), else the project's name, else the covers: the most specific one wins.
 */
function profileOf(draft: Draft, docs: ReadDocument[]): Sourced<string> | null {
  const profiles = profileIds().map(loadProfile).filter((p) => p.division);
  const divisions = profiles.map((p) => p.division!);
  const sources: [string, string][] = [
    ['建设单位', draft.owner?.value ?? ''],
    ['项目名称', draft.name?.value ?? ''],
    ['封面', docs.flatMap((d) => d.model.cover.map((c) => c.text)).join('')],
  ];
  for (const [what, text] of sources) {
    const hit = text ? divisionNamed(text, divisions) : null;
    if (!hit) continue;
    const p = profiles.find((x) => x.division === hit.division)!;
    const quoted = what === '封面' ? `封面提及${hit.place}` : `${what}「${text}」${hit.place === p.name ? '' : `中的${hit.place}`}属${p.name}`;
    return { value: p.id, from: quoted, others: [] };
  }
  return null;
}

/** Each funding source's 资金性质 among the profile's: the one its name contains or that contains it. */
export function withNatures(funding: Draft['funding'], profile: Profile): Draft['funding'] {
  return funding.map((f) => ({ ...f, nature: profile.fundNatures.find((n) => f.source.includes(n) || n.includes(f.source)) ?? null }));
}
