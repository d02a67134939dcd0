import { readDataYaml } from '../../data/data-file.js';
import { agrees, findAmounts } from '../../document/amounts.js';
import type { Amount } from '../../document/amounts.js';
import { annexTables } from '../../document/annex-table.js';
import type { AnnexTable } from '../../document/annex-table.js';
import type { DocumentModel } from '../../document/model.js';
import { placeOf } from '../../document/model.js';
import { sameAmount, sumOf, wan } from '../../model/money.js';
import type { Facts, RuleContext, Table } from '../types.js';

/**
 * What a document's text says money is: each amount with the thing it is the amount of (from the
 * words before it in its sentence) and the figure it should be — a fact of project.yaml, a line of
 * the document's own 估算表, or of the package's table when that table is of the document's stage.
 */

type LabelKind = 'total' | 'rough' | 'estimate' | 'budget' | 'approved' | 'part' | 'line' | 'source' | 'contract' | 'supervision' | 'om';

interface Label {
  /** As compared: no quotes or spaces. */
  text: string;
  kind: LabelKind;
}

/** The figure a statement should equal, and where that figure comes from. */
export interface Reference {
  amount: number;
  zh: string;
  en: string;
}

export interface Statement {
  amount: Amount;
  kind: LabelKind;
  /** The words that name it, as matched (`项目总投资`, `硬件设备购置费`). */
  label: string;
  /** What two statements must share to be of the same thing. */
  key: string;
  line: number;
  /** 1-based, in the paragraph or line. */
  column: number;
  /** The sentence it stands in, for quoting, and its index in the document (statements of one sentence share it). */
  sentence: string;
  sentenceId: number;
  reference: Reference | null;
}

export interface DocumentStatements {
  doc: string;
  file: string;
  model: DocumentModel;
  /** The document's total as project.yaml states it (匡算, 估算, 概算…), if it does. */
  total: { amount: number; zh: string; en: string } | null;
  tables: AnnexTable[];
  statements: Statement[];
}

/** A name or label as compared: no spaces, quote marks or book-title marks. */
export const plainName = (s: string): string => s.replace(/[\s“”"‘’'「」『』《》]/g, '');
const norm = plainName;

const FACT: Record<'rough' | 'estimate' | 'budget' | 'approved', ['roughEstimate' | 'estimate' | 'budgetEstimate' | 'approvedTotal', string, string]> = {
  rough: ['roughEstimate', '投资匡算', 'rough estimate'],
  estimate: ['estimate', '投资估算', 'estimate'],
  budget: ['budgetEstimate', '投资概算', 'budget estimate'],
  approved: ['approvedTotal', '批复总投资', 'approved total'],
};

/** Which figure a document states as its total: 项目建议书 the 匡算 (or the 估算 where there is none), 可研 the 估算, 初设 the 概算. */
const OWN: Record<string, ('rough' | 'estimate' | 'budget' | 'approved')[]> = {
  proposal: ['rough', 'estimate'],
  feasibility: ['estimate'],
  design: ['budget'],
};
const ROUTE_OWN: ('rough' | 'estimate' | 'budget' | 'approved')[] = ['budget', 'estimate', 'rough'];

function documentTotal(doc: string, facts: Facts): { kind: 'rough' | 'estimate' | 'budget' | 'approved'; amount: number; zh: string; en: string } | null {
  const m = facts.money ?? {};
  for (const kind of OWN[doc] ?? ROUTE_OWN) {
    const [key, zh, en] = FACT[kind];
    const v = m[key];
    if (typeof v === 'number') return { kind, amount: v, zh, en };
  }
  return null;
}

let words: Map<string, LabelKind> | null = null;
/** The standard words (templates/amount-labels.yaml), read once per process. */
function labelWords(): Map<string, LabelKind> {
  if (words) return words;
  words = new Map();
  for (const [kind, list] of Object.entries(readDataYaml('templates', 'amount-labels.yaml') as Record<LabelKind, string[]>) as [LabelKind, string[]][]) {
    for (const w of list) if (!words.has(norm(w))) words.set(norm(w), kind);
  }
  return words;
}

/** The labels of this package: the standard words, its 估算表's lines and its funding sources. */
function labelsOf(facts: Facts, fundNatures: readonly string[], estimateRows: readonly Record<string, unknown>[], fundingRows: readonly Record<string, unknown>[]): Label[] {
  const out = new Map<string, LabelKind>(labelWords());
  const add = (text: string, kind: LabelKind): void => {
    const t = norm(text);
    if (t.length >= 2 && !out.has(t)) out.set(t, kind);
  };
  for (const f of facts.money?.funding ?? []) {
    add(f.source, 'source');
    add(f.nature, 'source');
  }
  for (const n of fundNatures) add(n, 'source');
  for (const r of estimateRows) if (typeof r.name === 'string' && !/监理/.test(r.name)) add(r.name, 'line');
  for (const r of fundingRows) if (typeof r.source === 'string') add(r.source, 'source');
  return [...out].map(([text, kind]) => ({ text, kind })).sort((a, b) => b.text.length - a.text.length);
}

/** The label nearest before an amount: the match ending last, the longest of those; none if other words stand between. */
function labelBefore(segment: string, labels: readonly Label[]): Label | null {
  const s = norm(segment);
  let best: { l: Label; end: number } | null = null;
  for (const l of labels) {
    const i = s.lastIndexOf(l.text);
    if (i < 0) continue;
    const end = i + l.text.length;
    if (!best || end > best.end) best = { l, end };
  }
  if (!best) return null;
  // 项目总投资为、估算为约、合计：— a few connecting words may stand between the label and the figure.
  const gap = s.slice(best.end).replace(/[，,：:（）()]/g, '');
  return gap.length <= 6 ? best.l : null;
}

/** Sentence spans of a paragraph: up to 。；！？ */
function sentences(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  for (const m of text.matchAll(/[。；;！？!?]/g)) {
    out.push({ start, end: m.index! + 1 });
    start = m.index! + 1;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

const fmtWan = (n: number): string => `${wan(n)} 万元`;

/** What each document of the package says money is, read once per package. */
export function documentStatements(ctx: RuleContext): DocumentStatements[] {
  const cached = cache.get(ctx.facts);
  if (cached) return cached;
  const facts = ctx.facts;
  const m = facts.money ?? {};
  const pkgEstimate = ctx.table('investment-estimate');
  const pkgFunding = ctx.table('funding-sources');
  const out: DocumentStatements[] = [];
  for (const { doc, file, outline: model } of ctx.documents()) {
    const tables = annexTables(model);
    const total = documentTotal(doc, facts);
    const own = (id: string): AnnexTable | undefined => tables.find((t) => t.tableId === id);
    // The package's table speaks for this document only when it is of the document's stage (its total is the document's).
    const sameStage = (t: Table | null): Table | null => (t && (!total || typeof t.data.total !== 'number' || sameAmount(t.data.total, total.amount)) ? t : null);
    // The package's table of this stage is the truth (DOC-TABLE holds the document's own table to it); else the document's own.
    const stageTable = sameStage(pkgEstimate);
    const ownTable = own('investment-estimate');
    const estimateRows = stageTable?.data.rows ?? ownTable?.rows.map((r) => r.values) ?? null;
    const estimateWhere = stageTable || !ownTable ? { zh: pkgEstimate?.file ?? '', en: pkgEstimate?.file ?? '' } : { zh: `本文档${ownTable.caption ?? '估算表'}`, en: `this document's ${ownTable.caption ?? 'estimate table'}` };
    const funding = facts.money?.funding;
    const fundingOfStage = funding && (!total || sameAmount(sumOf(funding.map((f) => f.amount)), total.amount)) ? funding : null;
    const fundingRows = own('funding-sources')?.rows.map((r) => r.values);
    const rowsOf = (id: string): Record<string, unknown>[] => tables.filter((t) => t.tableId === id).flatMap((t) => t.rows.map((r) => r.values));
    const labels = labelsOf(facts, ctx.profile.fundNatures, [...(pkgEstimate?.data.rows ?? []), ...rowsOf('investment-estimate')], [...(pkgFunding?.data.rows ?? []), ...rowsOf('funding-sources')]);

    const reference = (kind: LabelKind, label: string): Reference | null => {
      const n = norm(label);
      switch (kind) {
        case 'total':
          return total ? { amount: total.amount, zh: `project.yaml 的${total.zh}`, en: `the ${total.en} in project.yaml` } : null;
        case 'rough':
        case 'estimate':
        case 'budget':
        case 'approved': {
          // In a 项目建议书 its 投资估算 is the figure it states as its own, the 匡算 where there is one.
          const [key, zh, en] = kind === 'estimate' && doc === 'proposal' && total ? [null, total.zh, total.en] : FACT[kind];
          const v = key ? m[key] : total?.amount;
          return typeof v === 'number' ? { amount: v, zh: `project.yaml 的${zh}`, en: `the ${en} in project.yaml` } : null;
        }
        case 'part': {
          const rows = estimateRows?.filter((r) => norm(String(r.kind ?? '')) === n) ?? [];
          return rows.length > 0 ? { amount: sumOf(rows.map((r) => Number(r.amount))), zh: `${estimateWhere.zh}的${label}合计`, en: `the ${label} in ${estimateWhere.en}` } : null;
        }
        case 'line': {
          const row = estimateRows?.find((r) => norm(String(r.name ?? '')) === n);
          return row && typeof row.amount === 'number' ? { amount: row.amount, zh: `${estimateWhere.zh}的「${label}」`, en: `"${label}" in ${estimateWhere.en}` } : null;
        }
        case 'source': {
          const f = fundingOfStage?.find((x) => norm(x.source) === n || norm(x.nature) === n);
          if (f) return { amount: f.amount, zh: `project.yaml 的资金来源「${f.source}」`, en: `the funding source "${f.source}" in project.yaml` };
          const r = fundingRows?.find((x) => norm(String(x.source ?? '')) === n || norm(String(x.nature ?? '')) === n);
          return r && typeof r.amount === 'number' ? { amount: r.amount, zh: `本文档资金来源表的「${label}」`, en: `"${label}" in this document's funding table` } : null;
        }
        case 'contract':
          return typeof m.contractAmount === 'number' ? { amount: m.contractAmount, zh: 'project.yaml 的合同金额', en: 'the contract amount in project.yaml' } : null;
        case 'supervision': {
          // The fee of the document's own stage: its 估算表's line first (project.yaml holds the latest stage's).
          const row = estimateRows?.find((r) => /监理/.test(String(r.name ?? '')));
          if (row && typeof row.amount === 'number') return { amount: row.amount, zh: `${estimateWhere.zh}的监理费`, en: `the supervision fee in ${estimateWhere.en}` };
          return typeof m.supervisionFee === 'number' ? { amount: m.supervisionFee, zh: 'project.yaml 的监理费', en: 'the supervision fee in project.yaml' } : null;
        }
        case 'om':
          return null;
      }
    };
    const keyOf = (kind: LabelKind, label: string): string => {
      if (kind === 'total') return `fact:${total?.kind ?? 'total'}`;
      if (kind === 'estimate' && doc === 'proposal' && total) return `fact:${total.kind}`;
      if (kind in FACT) return `fact:${kind}`;
      if (kind === 'source') {
        const f = (funding ?? []).find((x) => norm(x.source) === norm(label) || norm(x.nature) === norm(label));
        return `source:${f ? f.source : norm(label)}`;
      }
      return `${kind}:${norm(label)}`;
    };

    const statements: Statement[] = [];
    let sentenceId = 0;
    for (const p of model.body) {
      if (p.inTable) continue;
      const amounts = findAmounts(p.text);
      if (amounts.length === 0) {
        sentenceId++;
        continue;
      }
      let k = 0;
      for (const s of sentences(p.text)) {
        sentenceId++;
        let from = s.start;
        // Amounts and sentences both in order: one pass over each.
        for (; k < amounts.length && amounts[k]!.start < s.end; k++) {
          const a = amounts[k]!;
          const l = labelBefore(p.text.slice(from, a.start), labels);
          from = a.end;
          if (!l) continue;
          statements.push({
            amount: a, kind: l.kind, label: l.text, key: keyOf(l.kind, l.text), line: p.line, column: a.start + 1,
            sentence: p.text.slice(s.start, s.end).trim(), sentenceId, reference: reference(l.kind, l.text),
          });
        }
      }
    }
    out.push({ doc, file, model, total, tables, statements });
  }
  cache.set(ctx.facts, out);
  return out;
}

const cache = new WeakMap<Facts, DocumentStatements[]>();

const TOTALS = new Set<LabelKind>(['total', 'rough', 'estimate', 'budget', 'approved']);

/**
 * A sentence that states a total and two or more funding sources that do not add up to it: the
 * total, the sources and their sum. Not when an amount of it disagrees with its reference (DOC-AMOUNT
 * says so) or is approximate.
 */
export function fundingOff(sentence: readonly Statement[]): { total: Statement; sources: Statement[]; sum: number } | null {
  const total = sentence.find((s) => TOTALS.has(s.kind) && !s.amount.approx);
  const sources = sentence.filter((s) => s.kind === 'source');
  if (!total || sources.length < 2 || sources.some((s) => s.amount.approx)) return null;
  if (sentence.some((s) => s.reference && !agrees(s.amount, s.reference.amount))) return null;
  const sum = sumOf(sources.map((s) => s.amount.value));
  return Math.abs(sum - total.amount.value) < 0.005 ? null : { total, sources, sum };
}

/** The statements of each sentence, in order. */
export function bySentence(statements: readonly Statement[]): Statement[][] {
  const out = new Map<number, Statement[]>();
  for (const s of statements) {
    const list = out.get(s.sentenceId);
    if (list) list.push(s);
    else out.set(s.sentenceId, [s]);
  }
  return [...out.values()];
}

/** The place a finding in a document names: the paragraph (DOCX) or page (PDF) and its heading path, the line (Markdown). */
export function statementAt(d: Pick<DocumentStatements, 'model'>, line: number, column = 1): { line: number; column: number; place?: string } {
  return d.model.kind === 'md' ? { line, column } : { line, column, place: placeOf(d.model, line) };
}

/** A text as a finding quotes it: up to 120 characters. */
export const quote = (text: string): string => (text.length > 120 ? `${text.slice(0, 119)}…` : text);

/** A statement as a finding quotes it: its sentence. */
export const quoteOf = (s: Statement): string => quote(s.sentence);

export { agrees, fmtWan };
