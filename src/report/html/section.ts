// One package's part of the report. Table rows leave out their optional </td> and </tr> (HTML allows it).
import type { Lang } from '../../i18n/lang.js';
import { pick } from '../../i18n/lang.js';
import { wan } from '../../model/money.js';
import { readDocumentsRegistry } from '../../package/documents-registry.js';
import { anchor, esc } from './escape.js';
import { deadlineState, limitWord } from './status.js';
import { fundingSvg, moneySvg, timelineSvg } from './svg.js';
import type { PackageView } from './view.js';
import { routeState } from '../route.js';

const SEVERITY: Record<string, [string, string]> = { error: ['错误', 'error'], warning: ['警告', 'warning'], info: ['提示', 'info'] };
const MATERIAL: Record<string, [string, string]> = {
  present: ['就绪', 'ready'],
  missing: ['缺失', 'missing'],
  empty: ['文件为空', 'empty'],
  overdue: ['逾期', 'overdue'],
  'not-applicable': ['不适用', 'n/a'],
  'not-yet-due': ['未到阶段', 'not yet due'],
};

/** The article of a citation, without the regulation's title (the rule's entry below gives it in full). */
const articleOf = (source: string | null): string => (source ?? '').replace(/^《[^》]*》(（[^）]*）)?/, '');

/** Text in the page's language, escaped. */
type Words = (zh: string, en: string) => string;

/** A link to a rule's explanation at the end of the page; the rule is noted as cited. */
function ruleLink(id: string, cited: Set<string>): string {
  cited.add(id);
  return `<a href="#rule-${anchor(id)}">${esc(id)}</a>`;
}

/** Name, place, counts and the facts at a glance. */
function head(v: PackageView, many: boolean, L: Words): string {
  const s = v.summary;
  return [
    many ? `<p class="back no-print"><a href="#dashboard">↑ ${L('返回总表', 'back to the table')}</a></p>` : '',
    `<h2>${esc(v.name)}</h2><p class="path">${esc(v.path)}</p>`,
    `<p class="badges"><span class="badge${s.error ? ' bad' : ' good'}">${L('错误', 'errors')} ${s.error}</span><span class="badge${s.warning ? ' warn' : ''}">${L('警告', 'warnings')} ${s.warning}</span><span class="badge">${L('提示', 'info')} ${s.info}</span>${v.checklist ? `<span class="badge">${L('材料就绪', 'ready')} ${v.checklist.ready}/${v.checklist.applicable}</span>` : ''}</p>`,
    `<dl class="facts">${v.facts.map(([k, val]) => `<div><dt>${esc(k)}<dd>${val ? esc(val) : '–'}</div>`).join('')}</dl>`,
  ].join('');
}

/** The timeline, and its deadlines as a table with their state and article. */
function timeline(v: PackageView, lang: Lang, L: Words, cited: Set<string>): string {
  const out = [`<h3>${L('时间线', 'Timeline')}</h3>`];
  if (!v.timeline) return out.concat(`<p class="quiet">${L('project.yaml 有错误，办法规则未运行：没有时间线', 'project.yaml has errors and the rules did not run: no timeline')}</p>`).join('\n');
  out.push(timelineSvg(v.timeline, lang));
  if (v.timeline.deadlines.length === 0) return out.concat(`<p class="quiet">${L('办法的时限规则尚未从已有日期推出期限', 'the time rules derive no deadline from the dates so far')}</p>`).join('\n');
  out.push(`<table class="deadlines"><thead><tr><th>${L('日期', 'Date')}</th><th>${L('事项', 'What')}</th><th>${L('状态', 'State')}</th><th>${L('规则和条款', 'Rule and article')}</th></tr></thead><tbody>`);
  for (const d of v.timeline.deadlines) {
    out.push(`<tr class="st-${d.status}"><td>${esc(limitWord(d, lang))} ${esc(d.day)}<td>${esc(d.what)}<td>${esc(deadlineState(d, lang))}<td>${ruleLink(d.ruleId, cited)} ${esc(articleOf(d.source))}`);
  }
  out.push('</tbody></table>');
  return out.join('\n');
}

/** The amounts from 匡算 to 合同, the changes against their limit, funding and yearly money. */
function money(v: PackageView, lang: Lang, L: Words, cited: Set<string>): string {
  const out = [`<h3>${L('资金', 'Money')}</h3>`];
  const m = v.money;
  if (!v.timeline) out.push(`<p class="quiet">${L('project.yaml 有错误：资金未画出', 'project.yaml has errors: no money chart')}</p>`);
  else if (m.steps.length === 0 && m.funding.length === 0 && m.yearly.length === 0) out.push(`<p class="quiet">${L('未填写金额', 'no amounts stated')}</p>`);
  for (const step of m.steps) if (step.limit) cited.add(step.limit.ruleId);
  out.push(moneySvg(m, lang));
  const c = m.changes;
  if (c) {
    const over = c.limit && c.percent > c.limit.percent;
    const limit = c.limit ? `${L('（上限 ', ' (limit ')}${c.limit.percent}%${L('，', ', ')}${ruleLink(c.limit.ruleId, cited)}${L('）', ')')}` : '';
    out.push(`<p class="changes${over ? ' bad' : ''}">${L('已记录的调整合计', 'Changes recorded')} ${wan(c.total)} ${L('万元，', '10k yuan, ')}${c.percent}%${limit}</p>`);
  }
  out.push(fundingSvg(m, lang));
  return out.join('\n');
}

/** Findings by file, each with the lines of the file around it. */
function findings(v: PackageView, L: Words, cited: Set<string>): string {
  const out = [`<h3>${L('问题', 'Findings')}</h3>`];
  const since = v.since;
  if (since) {
    const now = v.files.reduce((n, f) => n + f.findings.length, 0);
    const added = v.files.reduce((n, f) => n + f.findings.filter((x) => since.added.has(x.finding)).length, 0);
    out.push(`<p class="since">${L(`与 ${since.path} 相比：新增 ${added} 条，仍存在 ${now - added} 条，已解决 ${since.resolved.length} 条`, `Against ${since.path}: ${added} new, ${now - added} still open, ${since.resolved.length} resolved`)}</p>`);
  }
  if (v.files.length === 0) out.push(`<p class="good">✔ ${L('没有发现问题', 'no findings')}</p>`);
  for (const f of v.files) {
    const total = f.findings.length + f.omitted.reduce((n, o) => n + o.count, 0);
    out.push(`<div class="file"><h4>${esc(f.file)} <small>${total}</small></h4><ul class="findings">`);
    for (const { finding: x, lines, headings } of f.findings) {
      const where = x.cell ? esc(x.cell) : x.place ? esc(x.place) : `${x.line}:${x.column}`;
      const [zh, en] = SEVERITY[x.severity]!;
      const mark = since ? (since.added.has(x) ? `<span class="tag new">${L('新增', 'new')}</span> ` : `<span class="tag open">${L('仍存在', 'open')}</span> `) : '';
      out.push(`<li class="sev-${x.severity}" data-rule="${esc(x.ruleId)}">${mark}<span class="sev">${L(zh, en)}</span> <span class="msg">${esc(x.message)}</span><div class="where">${where} · ${ruleLink(x.ruleId, cited)}${x.source ? ` · ${esc(x.source)}` : ''}</div>`);
      if (headings && headings.length > 0) out.push(`<div class="crumbs">${headings.map(esc).join(' › ')}</div>`);
      // What the document says beside what it should say.
      if (x.evidence) {
        const e = x.evidence;
        out.push(`<blockquote class="quote">${esc(e.quote)}</blockquote><table class="vs"><tr><th>${L('文档所写', 'The document says')}</th><th>${L('应为', 'It should say')}</th></tr><tr><td class="stated">${esc(e.stated)}</td><td class="expected">${esc(e.expected)}</td></tr></table>`);
      }
      if (lines.length > 0) out.push(`<pre class="context">${lines.map((l) => `<span${l.hit ? ' class="hit"' : ''}><b>${l.n}</b>${esc(l.text)}</span>`).join('')}</pre>`);
      out.push('</li>');
    }
    for (const o of f.omitted) {
      out.push(`<li class="omitted">${L(`另有 ${o.count} 条 `, `${o.count} more findings of `)}${ruleLink(o.ruleId, cited)}${L(' 问题未逐条列出（zwpack validate 列出全部）', ' not listed here (zwpack validate lists them all)')}</li>`);
    }
    out.push('</ul></div>');
  }
  if (since && since.resolved.length > 0) {
    out.push(`<div class="file resolved"><h4>${L('已解决', 'Resolved')} <small>${since.resolved.length}</small></h4><ul class="findings">`);
    for (const x of since.resolved) out.push(`<li class="sev-${x.severity}"><span class="tag done">${L('已解决', 'resolved')}</span> <span class="msg">${esc(x.message)}</span><div class="where">${esc(x.file)} · ${esc(x.ruleId)}</div></li>`);
    out.push('</ul></div>');
  }
  return out.join('\n');
}

/** The materials as `checklist` sees them. */
function materials(v: PackageView, L: Words, cited: Set<string>): string {
  if (!v.checklist) return '';
  const out = [`<h3>${L('验收和备案材料', 'Acceptance and filing materials')} <small>${v.checklist.ready}/${v.checklist.applicable}</small></h3>`];
  out.push(`<table class="checklist"><thead><tr><th>${L('编号', 'No.')}</th><th>${L('材料', 'Item')}</th><th>${L('状态', 'Status')}</th><th>${L('说明', 'Detail')}</th><th>${L('依据', 'Article')}</th></tr></thead><tbody>`);
  for (const it of v.checklist.items) {
    const [zh, en] = MATERIAL[it.status]!;
    const detail = it.status === 'present' ? it.files.map((f) => f.slice(it.folder.length + 1)).join('、') : it.status === 'not-applicable' ? (it.reason ?? '') : (it.next ?? '');
    out.push(`<tr class="m-${it.status}"><td>${esc(it.id)}<td>${esc(it.title)}<td>${L(zh, en)}${it.due ? ` <small>${esc(it.due)}</small>` : ''}<td>${esc(detail)}<td>${esc(it.article)}${it.rule ? ` · ${ruleLink(it.rule, cited)}` : ''}`);
  }
  out.push('</tbody></table>');
  return out.join('\n');
}

/** The route's rules, each with the documents it needs and whether they are there. */
function route(v: PackageView, lang: Lang, L: Words, cited: Set<string>): string {
  if (!v.route || v.route.length === 0) return '';
  const docs = readDocumentsRegistry();
  const out = [`<h3>${L('审批路径和所需文档', 'Route and the documents it needs')}</h3><ul class="route">`];
  for (const r of v.route) {
    const steps = r.steps.map((st) => `<li class="${!st.due ? 'later' : st.found && !st.skeleton ? 'found' : 'missing'}">${esc(docs[st.doc]?.title ?? st.doc)}：${esc(pick(lang, st.why.zh, st.why.en))} — ${esc(routeState(st, lang))}`);
    out.push(`<li>${ruleLink(r.ruleId, cited)}${r.source ? ` ${esc(r.source)}` : ''}${steps.length ? `<ul>${steps.join('')}</ul>` : ` <span class="quiet">${L('（本规则不要求文档）', '(no documents from this rule)')}</span>`}</li>`);
  }
  out.push('</ul>');
  return out.join('\n');
}

/** What a relation is called on the page. */
export const RELATION: Record<string, [string, string]> = {
  'same-code': ['投资项目代码相同', 'same project code'],
  'two-codes': ['同一项目、代码不同', 'same project, other code'],
  version: ['同一项目的另一版本', 'another version'],
  duplicate: ['重复建设风险', 'risk of building twice'],
  copied: ['文字疑似复制', 'text probably copied'],
};

/** The packages of the page this one is related to, each linked to its section, and the findings that say how. */
function relatives(v: PackageView, L: Words, linkOf: (path: string) => string | null): string {
  if (!v.related || v.related.list.length === 0) return '';
  const items = v.related.list.map((r) => {
    const link = linkOf(r.path);
    const [zh, en] = RELATION[r.kind] ?? [r.kind, r.kind];
    return `<li class="rel-${esc(r.kind)}">${L(zh, en)}${r.similarity !== undefined ? ` ${Math.round(r.similarity * 100)}%` : ''}：${link ? `<a href="${link}">${esc(r.path)}</a>` : esc(r.path)}</li>`;
  });
  return `<h3>${L('相关的软件包', 'Related packages')}</h3><ul class="related">${items.join('')}</ul><ul class="findings">${v.related.findings.map((f) => `<li class="sev-${f.severity}"><span class="msg">${esc(f.message)}</span></li>`).join('')}</ul>`;
}

/** What one package's section holds (the page puts it in its <section>); every rule it links to is added to `cited`. */
export function packageSection(v: PackageView, many: boolean, lang: Lang, cited: Set<string>, linkOf: (path: string) => string | null = () => null): string {
  const L: Words = (zh, en) => esc(pick(lang, zh, en));
  return [
    head(v, many, L),
    relatives(v, L, linkOf),
    timeline(v, lang, L, cited),
    money(v, lang, L, cited),
    findings(v, L, cited),
    materials(v, L, cited),
    route(v, lang, L, cited),
  ].filter(Boolean).join('\n');
}
