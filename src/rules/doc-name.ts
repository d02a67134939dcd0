import { readDocumentsRegistry } from '../package/documents-registry.js';
import { isPlaceholderValue } from '../package/placeholder.js';
import type { Rule, RuleContext } from './types.js';
import { documentStatements, plainName, quote, statementAt } from './lib/statements.js';
import type { DocumentStatements } from './lib/statements.js';

/** Names as compared: no spaces, quote marks or book-title marks; brackets of either width. */
const norm = (s: string): string => plainName(s.normalize('NFKC'));
/** A title may drop the name's last word before its own (某平台建设项目 → 某平台可行性研究报告). */
const core = (s: string): string => s.replace(/(?:建设项目|项目|工程)$/, '');
const sameName = (written: string, name: string): boolean => written === name || core(written) === core(name);

/** What a cover adds after the project's name: the document's own title, and a draft's mark. */
const DRAFT = /[(（](?:送审稿|征求意见稿|报批稿|修订稿|评审稿|初稿|定稿|代可行性研究报告)[)）]$/;
const titles = (): string[] => [...Object.values(readDocumentsRegistry()).map((d) => d.title), '初步设计方案', '初步设计', '可研报告', '建议书'].sort((a, b) => b.length - a.length);

function stripTitle(line: string): string {
  let s = norm(line).replace(DRAFT, '');
  for (const t of titles()) if (s.endsWith(t)) return s.slice(0, -t.length);
  return s;
}

const NAME_LINE = /项目名称\s*[:：]\s*([^。；;，,]+)/g;
/** The 建设单位 written as `建设单位：X` or `项目建设单位为X`, where X ends like a unit's name. */
const OWNER_LINE = /(?:项目)?建设单位(?:名称)?\s*(?:[:：]|为)\s*([^，。；;、,（(\s]+?(?:厅|局|委员会|委|办公室|办|中心|院|部|政府|公司|所|站|馆|处|会|室|队))(?=$|[，。；;、,（(\s])/g;
const CODE = /(?<![\d-])\d{4}-\d{6}-\d{2}-\d{2}-\d{6}(?![\d-])/g;

export const rule: Rule = {
  meta: {
    id: 'DOC-NAME',
    kind: ['text'],
    severity: 'error',
    title: { zh: '文档中的项目名称、建设单位和项目代码与事实一致', en: 'Project name, owner and code in the documents match the facts' },
    description: {
      zh: '每份文档封面上的项目名称、正文和表格中“项目名称：”后的名称、工作簿表头上方“项目名称：”一行，与 project.yaml 的 name 一致（不计文档自身的标题、稿别、空格和引号）；“建设单位：”或“项目建设单位为”后的单位与 owner.name 一致；文中出现的投资项目代码与 code 一致。',
      en: 'The project name on each document\'s cover, after 项目名称： in its text and tables, and in a workbook\'s 项目名称： line equals project.yaml\'s name (ignoring the document\'s own title, a draft\'s mark, spaces and quote styles); the unit after 建设单位： equals owner.name; every project code in the text equals code.',
    },
    origin: null,
    article: '',
  },
  check(ctx) {
    // A fact still holding init's prompt is STAGE-REQUIRED's to report; there is nothing to compare with yet.
    if (isPlaceholderValue(ctx.facts.name)) return;
    const name = norm(ctx.facts.name);
    for (const d of documentStatements(ctx)) {
      coverName(ctx, d, name);
      // Text and table cells (a merged cell once), each as the reader gave it.
      const cells = new Map(d.model.tables.flatMap((t) => t.rows.flat()).map((c) => [`${c.line}\u0000${c.text}`, c]));
      const lines = [...d.model.body.filter((p) => !p.inTable), ...cells.values()];
      for (const p of lines) checkLine(ctx, p.text, name, (column) => ({ file: d.file, at: statementAt(d, p.line, column) }));
    }
    for (const id of ['hardware-software', 'dev-workload', 'investment-estimate', 'funding-sources', 'resource-catalogue']) {
      const t = ctx.table(id);
      for (const a of t?.above ?? []) checkLine(ctx, a.text, name, () => ({ file: t!.file, at: a.at }));
    }
  },
};

type Where = (column: number) => { file: string; at: { line: number; column: number; place?: string } };

function checkLine(ctx: RuleContext, text: string, name: string, where: Where): void {
  // Most lines name none of these: look for the words before running the patterns.
  const hasName = text.includes('项目名称');
  const hasOwner = text.includes('建设单位');
  const hasCode = /\d{4}-\d{6}/.test(text);
  if (!hasName && !hasOwner && !hasCode) return;
  for (const m of hasName ? text.matchAll(NAME_LINE) : []) {
    const written = m[1]!.trim();
    if (!sameName(stripTitle(written), name) && !sameName(norm(written), name)) {
      ctx.report({ ...where(m.index! + 1), zh: `项目名称写作「${written}」，project.yaml 的 name 为「${ctx.facts.name}」`, en: `the project name is written "${written}"; project.yaml's name is "${ctx.facts.name}"`, evidence: { quote: quote(text), stated: written, expected: ctx.facts.name } });
    }
  }
  const owner = norm(ctx.facts.owner.name);
  for (const m of isPlaceholderValue(ctx.facts.owner.name) ? [] : text.matchAll(OWNER_LINE)) {
    if (norm(m[1]!).startsWith(owner)) continue;
    ctx.report({ ...where(m.index! + 1), zh: `建设单位写作「${m[1]}」，project.yaml 的 owner.name 为「${ctx.facts.owner.name}」`, en: `the owner is written "${m[1]}"; project.yaml's owner.name is "${ctx.facts.owner.name}"`, evidence: { quote: quote(text), stated: m[1]!, expected: ctx.facts.owner.name } });
  }
  const code = ctx.facts.code;
  if (code) {
    for (const m of text.matchAll(CODE)) {
      if (m[0] === code) continue;
      ctx.report({ ...where(m.index! + 1), zh: `投资项目代码写作 ${m[0]}，project.yaml 的 code 为 ${code}`, en: `the project code is written ${m[0]}; project.yaml's code is ${code}`, evidence: { quote: quote(text), stated: m[0], expected: code } });
    }
  }
}

/** The name on the cover: the first line that is not the title, a label (建设单位：…) or a date; a long name may wrap over two lines. */
function coverName(ctx: RuleContext, d: DocumentStatements, name: string): void {
  const lines = d.model.cover.filter((c) => c.text.trim() !== '');
  // A Markdown document often puts its title page in its first heading: `# 某某项目可行性研究报告`.
  const h = d.model.headings[0];
  if (d.model.kind === 'md' && h && stripTitle(h.text) !== norm(h.text) && (lines[0]?.line ?? Infinity) > h.line) lines.unshift({ line: h.line, text: h.text });
  for (let i = 0; i < lines.length; i++) {
    const c = lines[i]!;
    let s = stripTitle(c.text);
    if (s === '' || /[:：]/.test(c.text) || /^\d{4}\s*年/.test(s) || s === norm(ctx.facts.owner.name) || s.length <= 3) continue;
    for (let k = i + 1; !sameName(s, name) && name.startsWith(s) && k < lines.length && k <= i + 2; k++) s += stripTitle(lines[k]!.text);
    if (sameName(s, name)) return;
    ctx.report({ file: d.file, at: statementAt(d, c.line), zh: `封面的项目名称为「${c.text}」，project.yaml 的 name 为「${ctx.facts.name}」`, en: `the cover names "${c.text}"; project.yaml's name is "${ctx.facts.name}"`, evidence: { quote: c.text, stated: c.text, expected: ctx.facts.name } });
    return;
  }
}
