import type { Day } from '../calendar/dates.js';
import { cn } from '../outline/skeleton.js';
import { citation } from '../profiles/profile.js';
import { cnDate } from '../render/format.js';
import type { Finding } from '../findings.js';
import type { FindingsDiff } from '../diff/findings.js';
import type { Facts } from '../model/facts.js';
import { wan } from '../model/money.js';
import { readDocumentsRegistry } from '../package/documents-registry.js';
import { readTablesRegistry } from '../package/tables.js';
import type { LoadedPackage } from '../package/load.js';
import type { LetterBlock, LetterModel } from '../render/letter.js';
import { documentPath } from '../rules/engine.js';
import { fieldTitle } from '../schema/titles.js';
import { projectSchema } from '../schema/compile.js';
import type { RouteDocument } from '../rules/engine.js';
import type { NoteItem } from './note.js';

// The 审查意见 a reviewer sends back: the findings of a package, errors as 须修改 and warnings as
// 建议修改, by document and chapter, each in a sentence with its place and the article it rests on;
// the facts checked; the reviewer's own items; and, after a first round, which earlier items were fixed.

export interface OpinionInput {
  pkg: LoadedPackage;
  findings: readonly Finding[];
  /** The route's documents and whether each is due at the stage checked. */
  route: Map<string, RouteDocument>;
  date: Day;
  reviewer?: string;
  /** Rules the reviewer overrules: their findings are left out, and counted. */
  exclude: readonly string[];
  notes: NoteItem[];
  /** Infos are left out unless asked for. */
  includeInfo?: boolean;
  /** The earlier round's findings matched against these: which earlier items were fixed. */
  since?: FindingsDiff;
}

export interface Opinion {
  letter: LetterModel;
  counts: { required: number; suggested: number; excluded: number; notes: number };
}


/** A message as the 建设单位 reads it: zwpack's files, keys and advice to its own user in the submission's words. */
function plain(message: string): string {
  const schema = projectSchema() as Record<string, unknown>;
  return message
    .replace(/，应在 docs\/[^\s，。；）]+(?: 或 \.md)?/g, '')
    .replace(/（tables\/[^，）]+，/g, '（')
    .replace(/；如确需提及，列入 project\.yaml 的 otherPlaces/g, '')
    .replace(/尚未回答 [A-Z0-9-]+：/g, '尚未声明')
    .replace(/project\.yaml\s*的\s*([A-Za-z][\w.]*)\s*/g, (_, key: string) => fieldTitle(schema, key.split('.')))
    .replace(/应当声明 true 或 false/g, '应当声明是否存在该情形')
    .replace(/project\.yaml\s*的/g, '经核对的')
    .replace(/project\.yaml/g, '项目基本信息')
    .replace(/tables\/([^\s，。；、]+?)\.(?:ya?ml|xlsx)/g, '附表《$1》');
}

/** zwpack's notes about its own files (a draft fact to confirm, YAML syntax), not the submission's: not in an opinion. */
const TOOL_RULES = new Set(['package', 'yaml', 'rules', 'import']);

/** The group a finding belongs to (a document, the project's facts, a table, the materials) and its place in it. */
function groupOf(f: Finding, titles: Map<string, { title: string; order: number }>): { group: string; order: number; where: string } {
  const doc = titles.get(f.file);
  if (doc) {
    const place = f.place ? f.place.replace(/^¶\d+\s*/, '').replace(/^第 (\d+) 页\s*/, '第 $1 页 ').replace(/ › /g, ' ') : '';
    return { group: `《${doc.title}》`, order: doc.order, where: place };
  }
  if (f.file === 'project.yaml') return { group: '项目基本信息', order: 100, where: '' };
  if (f.file.startsWith('tables/')) {
    const name = f.file.replace(/^tables\//, '').replace(/\.(ya?ml|xlsx)$/i, '');
    return { group: `附表《${name}》`, order: 101, where: f.cell ?? '' };
  }
  if (f.file.startsWith('materials/')) return { group: '验收和备案材料', order: 102, where: f.file.replace(/^materials\/[^/]*?-/, '').split('/')[0] ?? '' };
  return { group: f.file, order: 103, where: '' };
}

/** 依据《…》第X条: the finding's source as a 公文 cites it. */
const basis = (f: Finding): string => (f.source ? `依据${f.source}。` : '');

function sentence(f: Finding, where: string): string {
  const text = plain(f.message).replace(/[。；;]$/, '');
  return `${where ? `${where}：` : ''}${text}。${basis(f)}`;
}

export function buildOpinion(input: OpinionInput): Opinion {
  const { pkg } = input;
  const facts = pkg.facts.data as Facts;
  const registry = readDocumentsRegistry();
  const name = facts.name ?? '';
  // The documents the stage submits, in the order of the route.
  const due = [...input.route].filter(([, r]) => r.due).map(([doc]) => doc).filter((doc) => documentPath(pkg, doc));
  // Each document under its full title, in the order of the route (then of the registry).
  const titles = new Map<string, { title: string; order: number }>();
  const order = [...input.route.keys(), ...Object.keys(registry)];
  for (const id of Object.keys(registry)) {
    const path = documentPath(pkg, id);
    if (path) titles.set(path, { title: `${name}${registry[id]!.title}`, order: order.indexOf(id) });
  }
  const submitted = due.map((d) => `《${name}${registry[d]?.title ?? d}》`);
  // Several documents name the project once (a 50-character name twice is a six-line title).
  const kinds = due.map((d) => registry[d]?.title ?? d);
  const what = kinds.length > 1 ? `${name}${kinds.slice(0, -1).join('、')}及${kinds.at(-1)}` : submitted[0] ?? `${name}申报材料`;
  const title = `关于${what}的审查意见`;

  const own = input.findings.filter((f) => f.omitted === undefined && !TOOL_RULES.has(f.ruleId));
  const excluded = own.filter((f) => input.exclude.includes(f.ruleId));
  const kept = own.filter((f) => !input.exclude.includes(f.ruleId));
  const required = kept.filter((f) => f.severity === 'error');
  const suggested = kept.filter((f) => f.severity === 'warning' || (input.includeInfo && f.severity === 'info'));
  const isNew = (f: Finding): boolean => input.since !== undefined && input.since.added.includes(f);

  const blocks: LetterBlock[] = [];
  const regulation = citation(pkg.profile, '');
  blocks.push({ kind: 'para', text: `你单位报送的${submitted.length > 0 ? submitted.join('') : `${name}申报材料`}（以下简称报审材料）收悉。我们依据${regulation}，于${cnDate(input.date)}对报审材料及项目基本信息、附表进行了审查，现将审查意见函告如下。` });

  let head = 0;
  const section = (text: string): void => {
    blocks.push({ kind: 'head', text: `${cn(++head)}、${text}` });
  };
  const notesIn = (where: string): NoteItem[] => input.notes.filter((n) => n.section === where);

  section('总体意见');
  const requiredNotes = notesIn('required');
  if (required.length + requiredNotes.length === 0) {
    blocks.push({ kind: 'para', text: `经审查，报审材料符合${regulation}的要求，未发现须修改的问题。${suggested.length > 0 ? '以下建议供你单位完善报审材料时参考。' : ''}` });
  } else {
    blocks.push({ kind: 'para', text: `经审查，报审材料存在须修改的问题 ${required.length + requiredNotes.length} 项${suggested.length > 0 ? `、建议修改的问题 ${suggested.length + notesIn('suggested').length} 项` : ''}，请你单位对照以下意见逐项修改完善后重新报送。` });
  }

  /** Findings by group (a document, the facts, a table), each group numbered （一）, each item 1.; the reviewer's items in their group. */
  const listed = (fs: Finding[], notes: NoteItem[]): void => {
    const groups = new Map<string, { order: number; items: string[] }>();
    for (const f of fs) {
      const g = groupOf(f, titles);
      const entry = groups.get(g.group) ?? { order: g.order, items: [] };
      entry.items.push(`${sentence(f, g.where)}${isNew(f) ? '（本轮新增）' : ''}`);
      groups.set(g.group, entry);
    }
    for (const n of notes) {
      const key = n.group && [...groups.keys()].find((k) => k.includes(n.group!)) ? [...groups.keys()].find((k) => k.includes(n.group!))! : n.group ? `《${name}${n.group}》` : '审查人员意见';
      const entry = groups.get(key) ?? { order: n.group ? 99 : 200, items: [] };
      entry.items.push(n.text.replace(/[。；;]?$/, '。'));
      groups.set(key, entry);
    }
    let sub = 0;
    for (const [group, { items }] of [...groups].sort((a, b) => a[1].order - b[1].order)) {
      blocks.push({ kind: 'sub', text: `（${cn(++sub)}）${group}` });
      items.forEach((t, i) => blocks.push({ kind: 'item', text: `${i + 1}. ${t}` }));
    }
  };
  if (required.length + requiredNotes.length > 0) {
    section('须修改的问题');
    listed(required, requiredNotes);
  }
  const suggestedNotes = notesIn('suggested');
  if (suggested.length + suggestedNotes.length > 0) {
    section('建议修改的问题');
    listed(suggested, suggestedNotes);
  }
  const otherNotes = notesIn('other');
  if (otherNotes.length > 0) {
    section('其他意见');
    otherNotes.forEach((n, i) => blocks.push({ kind: 'item', text: `${i + 1}. ${n.text.replace(/[。；;]?$/, '。')}` }));
  }

  if (input.since) {
    section('前次审查意见的落实情况');
    const fixed = input.since.resolved.filter((f) => f.severity !== 'info');
    const open = input.since.open.filter((f) => f.severity !== 'info' && !input.exclude.includes(f.ruleId));
    blocks.push({ kind: 'para', text: `前次审查意见所列问题中，已修改 ${fixed.length} 项，未修改 ${open.length} 项；本轮新增 ${input.since.added.filter((f) => f.severity !== 'info' && !input.exclude.includes(f.ruleId)).length} 项。` });
    const at = (f: Finding): string => {
      const g = groupOf(f, titles);
      return g.where ? `${g.group} ${g.where}` : g.group;
    };
    let i = 0;
    for (const f of fixed) blocks.push({ kind: 'item', text: `${++i}. 已修改：${sentence(f, at(f))}` });
    for (const f of open) blocks.push({ kind: 'item', text: `${++i}. 未修改：${sentence(f, at(f))}` });
  }

  section('核对的项目信息');
  const m = facts.money ?? {};
  const amounts: [string, number | undefined][] = [['投资匡算', m.roughEstimate], ['投资估算', m.estimate], ['投资概算', m.budgetEstimate], ['批复总投资', m.approvedTotal], ['合同金额', m.contractAmount]];
  const stated = amounts.filter((a): a is [string, number] => typeof a[1] === 'number').map(([k, v]) => `${k} ${wan(v)} 万元`);
  const funding = (m.funding ?? []).map((f) => `${f.source} ${wan(f.amount)} 万元`);
  blocks.push({ kind: 'para', text: `项目名称：${name}；投资项目代码：${facts.code ?? '未填写'}；建设单位：${facts.owner?.name ?? '未填写'}；${stated.length > 0 ? stated.join('，') : '金额未填写'}${funding.length > 0 ? `；资金来源：${funding.join('、')}` : ''}。以上信息经与报审材料核对${required.some((f) => /^DOC-|^AMOUNT|^FUNDING|TABLE/.test(f.ruleId)) ? '，不一致之处见上文' : '一致'}。` });
  if (excluded.length > 0) {
    const rules = [...new Set(excluded.map((f) => f.ruleId))];
    blocks.push({ kind: 'para', text: `另有 ${excluded.length} 条检查结果经审查人员研究未予采纳，未列入本意见（${rules.join('、')}）。` });
  }
  if (required.length + requiredNotes.length > 0) blocks.push({ kind: 'para', text: '请你单位按照上述意见修改完善报审材料，并附修改说明，重新报送。' });

  return {
    letter: {
      fileName: '审查意见',
      title: [title],
      to: `${facts.owner?.name ?? '建设单位'}：`,
      blocks,
      signoff: { lines: [input.reviewer ?? '（审查单位）'], date: cnDate(input.date) },
    },
    counts: { required: required.length + requiredNotes.length, suggested: suggested.length + suggestedNotes.length, excluded: excluded.length, notes: input.notes.length },
  };
}

