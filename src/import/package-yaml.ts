import { Document, isScalar } from 'yaml';
import type { Draft, Sourced } from './draft.js';

// The draft project.yaml of an imported submission: every value with a comment naming where it was
// read (`# 读自：…`), two values found for one fact both named, and a fact not found left null (`# 待核实`).

type Path = (string | number)[];

export interface DraftFacts {
  draft: Draft;
  profile: { id: string; from: string };
  stage: { value: string; from: string };
  documents: Record<string, string>;
  /** Lines for the header comment: what was left out and why. */
  notes: string[];
  submission: string;
}

const comment = (s: Sourced<unknown>): string => (s.others.length === 0 ? ` 读自：${s.from}` : ` 读自：${s.from}；另有 ${s.others.map((o) => `${String(o.value)}（${o.from}）`).join('；')}，请核实`);

/** The YAML text of the draft. */
export function draftYaml(f: DraftFacts): string {
  const d = f.draft;
  const value = <T>(s: Sourced<T> | null): T | null => (s ? s.value : null);
  const facts: Record<string, unknown> = {
    profile: f.profile.id,
    name: value(d.name),
    code: value(d.code),
    category: d.category.value,
    classified: value(d.classified),
    softwareDevelopment: value(d.softwareDevelopment),
    stage: f.stage.value,
    owner: { name: value(d.owner) },
    money: { ...Object.fromEntries(Object.entries(d.money).map(([k, v]) => [k, v!.value])) },
    documents: f.documents,
  };
  const funding = d.funding.filter((x) => x.nature !== null);
  if (funding.length > 0) (facts.money as Record<string, unknown>).funding = funding.map((x) => ({ source: x.source, nature: x.nature, amount: x.amount }));
  if (d.dates) facts.dates = { constructionStart: d.dates.value[0], constructionEnd: d.dates.value[1] };
  if (Object.keys(facts.money as object).length === 0) delete facts.money;
  const doc = new Document(facts);
  const note = (path: Path, text: string): void => {
    const node = doc.getIn(path, true);
    if (isScalar(node)) node.comment = text;
  };
  const sourced = (path: Path, s: Sourced<unknown> | null): void => note(path, s ? comment(s) : ' 待核实：提交的文档中未找到');
  note(['profile'], ` ${f.profile.from}`);
  sourced(['name'], d.name);
  sourced(['code'], d.code);
  note(['category'], ` ${d.category.from}，请核实`);
  sourced(['classified'], d.classified);
  sourced(['softwareDevelopment'], d.softwareDevelopment);
  note(['stage'], ` ${f.stage.from}`);
  sourced(['owner', 'name'], d.owner);
  for (const [k, v] of Object.entries(d.money)) sourced(['money', k], v!);
  funding.forEach((x, i) => note(['money', 'funding', i, 'amount'], ` 读自：${x.from}`));
  if (d.dates) {
    note(['dates', 'constructionStart'], comment(d.dates));
    note(['dates', 'constructionEnd'], ' 同上');
  }
  const unmapped = d.funding.filter((x) => x.nature === null).map((x) => `资金来源「${x.source}」${x.amount} 万元的资金性质不在本办法的取值中，未写入 money.funding（读自：${x.from}）`);
  const months = d.months ? [`建设期 ${d.months.value} 个月（读自：${d.months.from}）`] : [];
  doc.commentBefore = [
    ` zwpack import 自「${f.submission}」：以下事实读自提交的文档，“读自”注明出处；“待核实”的事实未找到，请审查人员逐项核实后删除本说明。`,
    ...[...months, ...unmapped, ...f.notes].map((n) => ` ${n}`),
  ].join('\n');
  return doc.toString({ lineWidth: 0 });
}
