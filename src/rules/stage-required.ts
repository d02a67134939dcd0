import { factAt } from '../model/facts.js';
import { isPlaceholderValue } from '../package/placeholder.js';
import { projectSchema } from '../schema/compile.js';
import { fieldTitle } from '../schema/titles.js';
import { readTablesRegistry } from '../package/tables.js';
import { citation, isProfileId, loadProfile } from '../profiles/profile.js';
import type { Rule, RuleContext } from './types.js';
import { requirementsDue } from './lib/requirements.js';
import { stageOf } from '../profiles/stages.js';
import type { KeyedRequirement } from './lib/requirements.js';

const segments = (pointer: string): string[] => pointer.split('/').slice(1);

const isEmpty = (v: unknown): boolean => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);

/** The deepest part of the pointer that project.yaml holds; the stage line when none does. */
function nearest(root: unknown, pointer: string): string {
  const segs = segments(pointer);
  for (let n = segs.length - 1; n > 0; n--) {
    const p = `/${segs.slice(0, n).join('/')}`;
    if (!isEmpty(factAt(root, p))) return p;
  }
  return '/stage';
}

/** The regulation and article that ask for the item (the profile that wrote it). */
function sourceOf(r: KeyedRequirement): string | null {
  if (!r.article || !r.origin || !isProfileId(r.origin)) return null;
  return citation(loadProfile(r.origin), r.article);
}

function checkFact(ctx: RuleContext, r: KeyedRequirement & { fact: string }, since: { zh: string; en: string }): void {
  const value = factAt(ctx.facts, r.fact);
  const title = fieldTitle(projectSchema(), segments(r.fact));
  const source = sourceOf(r);
  if (isEmpty(value)) {
    ctx.report({ pointer: nearest(ctx.facts, r.fact), source, zh: `缺少「${title}」（${since.zh}应当填写）`, en: `${title} (${r.fact}) is missing (${since.en})` });
  } else if (isPlaceholderValue(value)) {
    ctx.report({ pointer: r.fact, source, zh: `「${title}」仍是占位内容「${String(value)}」（${since.zh}应当填写）`, en: `${r.fact} still holds the placeholder "${String(value)}" (${since.en})` });
  }
}

function checkTable(ctx: RuleContext, r: KeyedRequirement & { table: string }, since: { zh: string; en: string }): void {
  const entry = readTablesRegistry()[r.table];
  if (!entry) return;
  const source = sourceOf(r);
  const table = ctx.table(r.table);
  if (table) {
    if (table.data.rows.length === 0) {
      ctx.report({ file: table.file, pointer: '/rows', source, zh: `附表「${entry.title}」还没有数据行（${since.zh}应当填写）`, en: `the table ${entry.file} has no rows yet (${since.en})` });
    }
    return;
  }
  // A table file that exists but fails its schema already has its own findings.
  if (ctx.tableFile(r.table)) return;
  ctx.report({ pointer: '/stage', source, zh: `缺少附表「${entry.title}」（tables/${entry.file}，${since.zh}应当具备）`, en: `missing the table tables/${entry.file} (${since.en})` });
}

function checkAnswers(ctx: RuleContext, r: KeyedRequirement & { declarations: string }, since: { zh: string; en: string }): void {
  const answers = ctx.facts.declarations ?? {};
  for (const q of ctx.profile.questions.filter((x) => x.rule === r.declarations)) {
    const answer = answers[q.id];
    if (typeof answer === 'boolean') continue;
    const pointer = answer === null ? `/declarations/${q.id}` : ctx.facts.declarations ? '/declarations' : '/stage';
    ctx.report({
      pointer,
      source: citation(ctx.profile, q.article),
      zh: `尚未回答 ${q.id}：${q.article}“${q.text}”（${since.zh}应当声明 true 或 false）`,
      en: `${q.id} is not answered: ${q.article} "${q.text}" (${since.en}; answer true or false)`,
    });
  }
}

export const rule: Rule = {
  meta: {
    id: 'STAGE-REQUIRED',
    kind: ['stage'],
    severity: 'error',
    title: { zh: '本阶段应当具备的事实、附表和声明', en: 'What the stage needs' },
    description: {
      zh: '项目到达某一阶段后，该阶段及之前各阶段要求的事实（如立项审批的投资估算和资金来源、竣工验收的试运行和初验日期）应当填写，附表应当有数据行，不予支持（不予立项）情形应当逐条回答；要求及其条款见所适用办法的 requires。',
      en: 'From a stage on, the facts that stage and the earlier ones need (the estimate and funding at approval, the trial-run and preliminary acceptance dates at acceptance) are filled, the annex tables have rows and the profile\'s questions are answered; the list and its articles are in the profile\'s requires.',
    },
    // Each requirement cites its own article; the rule itself is the package's readiness.
    origin: null,
    article: '',
  },
  check(ctx) {
    if (!ctx.facts.stage) {
      const first = stageOf(ctx.profile, ctx.facts);
      ctx.report({ severity: 'warning', pointer: '', zh: `未填写当前阶段（stage），按「${first}」检查`, en: `no stage is stated; checked as at ${first}` });
    }
    for (const r of requirementsDue(ctx.profile, ctx.facts, ctx.lang)) {
      const since = { zh: `自${r.from}阶段起`, en: `due from ${r.from}` };
      if (r.fact) checkFact(ctx, { ...r, fact: r.fact }, since);
      else if (r.table) checkTable(ctx, { ...r, table: r.table }, since);
      else if (r.declarations) checkAnswers(ctx, { ...r, declarations: r.declarations }, since);
    }
  },
};
