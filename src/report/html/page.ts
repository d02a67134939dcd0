// Table rows leave out their optional </td> and </tr> (HTML allows it): a thousand packages stay under 10 MB.
import { readFileSync } from 'node:fs';
import { assetPath } from '../../data/assets.js';
import type { Lang } from '../../i18n/lang.js';
import { pick } from '../../i18n/lang.js';
import { readDocumentsRegistry } from '../../package/documents-registry.js';
import { wan } from '../../model/money.js';
import { VERSION } from '../../version.js';
import { ruleInfo } from '../rule-index.js';
import { anchor, esc } from './escape.js';
import { deadlineState, limitWord, shortState } from './status.js';
import { fundingSvg, moneySvg, timelineSvg } from './svg.js';
import type { PackageView } from './view.js';

export interface ReportInput {
  views: PackageView[];
  /** Folders that could not be read, with the reason. */
  unreadable: { path: string; reason: string }[];
  asOf: string;
  lang: Lang;
}

const SEVERITY: Record<string, [string, string]> = { error: ['错误', 'error'], warning: ['警告', 'warning'], info: ['提示', 'info'] };
const MATERIAL: Record<string, [string, string]> = {
  present: ['就绪', 'ready'],
  missing: ['缺失', 'missing'],
  empty: ['文件为空', 'empty'],
  overdue: ['逾期', 'overdue'],
  'not-applicable': ['不适用', 'n/a'],
};

/** The article of a citation, without the regulation's title (the rule's entry below gives it in full). */
const articleOf = (source: string | null): string => (source ?? '').replace(/^《[^》]*》(（[^）]*）)?/, '');

const asset = (name: string): string => readFileSync(assetPath('templates', 'report', name), 'utf8');

/** One self-contained HTML page: a dashboard when there are several packages, then each package, then the rules cited. */
export function reportHtml(input: ReportInput): string {
  const { views, lang } = input;
  const L = (zh: string, en: string): string => esc(pick(lang, zh, en));
  const many = views.length + input.unreadable.length > 1;
  const cited = new Set<string>();
  const sections = views.map((v, i) => packageSection(v, i, many, lang, cited));
  const title = many ? pick(lang, `zwpack 检查报告：${views.length} 个软件包`, `zwpack report: ${views.length} packages`) : pick(lang, `zwpack 检查报告：${views[0]?.name ?? ''}`, `zwpack report: ${views[0]?.name ?? ''}`);
  return [
    `<!DOCTYPE html><html lang="${lang === 'en' ? 'en' : 'zh-CN'}"><head><meta charset="utf-8">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="generator" content="zwpack">`,
    // Nothing may leave the page: no fetches, no external pictures or fonts.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">`,
    `<title>${esc(title)}</title><style>${asset('report.css')}</style></head>`,
    `<body class="${many ? 'many' : 'one'}">`,
    `<header class="top"><h1>${esc(title)}</h1><p class="meta">${L('核对日', 'As of')} ${esc(input.asOf)} · zwpack ${VERSION}</p></header>`,
    many ? dashboard(views, input.unreadable, lang) : '',
    `<main>${sections.join('\n')}</main>`,
    rulesSection(cited, lang),
    `<script>${asset('report.js')}</script>`,
    '</body></html>\n',
  ].join('\n');
}

function dashboard(views: PackageView[], unreadable: ReportInput['unreadable'], lang: Lang): string {
  const L = (zh: string, en: string): string => esc(pick(lang, zh, en));
  const profiles = [...new Set(views.map((v) => v.profileName))].sort();
  const rows = views.map((v, i) => {
    const n = v.next;
    const next = n ? `<span class="st-${n.status}">${esc(limitWord(n, lang))} ${esc(n.day)}${esc(shortState(n, lang))} ${esc(n.what)}</span>` : '–';
    const ready = v.checklist ? `${v.checklist.ready}/${v.checklist.applicable}` : '–';
    const readyShare = v.checklist && v.checklist.applicable > 0 ? v.checklist.ready / v.checklist.applicable : -1;
    return `<tr data-profile="${esc(v.profileName)}" data-errors="${v.summary.error}" data-warnings="${v.summary.warning}"><td data-v="${esc(v.name)}"><a href="#pkg-${i}">${esc(v.name)}</a><div class="path">${esc(v.path)}</div><td data-v="${esc(v.profileName)}">${esc(v.profileName)}<td data-v="${esc(v.stage)}">${esc(v.stage)}<td class="num${v.summary.error ? ' bad' : ''}" data-v="${v.summary.error}">${v.summary.error}<td class="num${v.summary.warning ? ' warn' : ''}" data-v="${v.summary.warning}">${v.summary.warning}<td data-v="${n ? esc(n.day) : '9999'}">${next}<td class="num" data-v="${readyShare}">${ready}`;
  });
  const bad = unreadable.map((u) => `<li><code>${esc(u.path)}</code> ${esc(u.reason)}</li>`).join('');
  return [
    `<section id="dashboard"><div class="controls no-print">`,
    `<input type="search" id="filter" placeholder="${L('按名称或路径筛选', 'filter by name or path')}" aria-label="${L('筛选', 'filter')}">`,
    `<select id="profile-filter" aria-label="${L('办法', 'profile')}"><option value="">${L('全部办法', 'every profile')}</option>${profiles.map((p) => `<option>${esc(p)}</option>`).join('')}</select>`,
    `<label><input type="checkbox" id="errors-only"> ${L('只看有错误的', 'with errors only')}</label>`,
    `<span id="shown" aria-live="polite"></span></div>`,
    bad ? `<div class="unreadable"><h2>${L('无法读取', 'Could not be read')}</h2><ul>${bad}</ul></div>` : '',
    `<table id="packages"><thead><tr>`,
    ['项目|Project|text', '办法|Profile|text', '阶段|Stage|text', '错误|Errors|num', '警告|Warnings|num', '下一期限|Next deadline|text', '材料就绪|Ready|num']
      .map((h) => {
        const [zh, en, type] = h.split('|') as [string, string, string];
        return `<th data-type="${type}" tabindex="0" aria-sort="none">${L(zh, en)}</th>`;
      })
      .join(''),
    `</tr></thead><tbody>${rows.join('')}</tbody></table></section>`,
  ].join('');
}

function packageSection(v: PackageView, i: number, many: boolean, lang: Lang, cited: Set<string>): string {
  const L = (zh: string, en: string): string => esc(pick(lang, zh, en));
  const s = v.summary;
  const out: string[] = [];
  out.push(`<section class="pkg" id="pkg-${i}" data-path="${esc(v.path)}">`);
  if (many) out.push(`<p class="back no-print"><a href="#dashboard">↑ ${L('返回总表', 'back to the table')}</a></p>`);
  out.push(`<h2>${esc(v.name)}</h2><p class="path">${esc(v.path)}</p>`);
  out.push(`<p class="badges"><span class="badge${s.error ? ' bad' : ' good'}">${L('错误', 'errors')} ${s.error}</span><span class="badge${s.warning ? ' warn' : ''}">${L('警告', 'warnings')} ${s.warning}</span><span class="badge">${L('提示', 'info')} ${s.info}</span>${v.checklist ? `<span class="badge">${L('材料就绪', 'ready')} ${v.checklist.ready}/${v.checklist.applicable}</span>` : ''}</p>`);
  out.push(`<dl class="facts">${v.facts.map(([k, val]) => `<div><dt>${esc(k)}<dd>${val ? esc(val) : '–'}</div>`).join('')}</dl>`);

  out.push(`<h3>${L('时间线', 'Timeline')}</h3>`);
  if (v.timeline) {
    out.push(timelineSvg(v.timeline, lang));
    if (v.timeline.deadlines.length > 0) {
      out.push(`<table class="deadlines"><thead><tr><th>${L('日期', 'Date')}</th><th>${L('事项', 'What')}</th><th>${L('状态', 'State')}</th><th>${L('规则和条款', 'Rule and article')}</th></tr></thead><tbody>`);
      for (const d of v.timeline.deadlines) {
        cited.add(d.ruleId);
        out.push(`<tr class="st-${d.status}"><td>${esc(limitWord(d, lang))} ${esc(d.day)}<td>${esc(d.what)}<td>${esc(deadlineState(d, lang))}<td><a href="#rule-${anchor(d.ruleId)}">${esc(d.ruleId)}</a> ${esc(articleOf(d.source))}`);
      }
      out.push('</tbody></table>');
    } else out.push(`<p class="quiet">${L('办法的时限规则尚未从已有日期推出期限', 'the time rules derive no deadline from the dates so far')}</p>`);
  } else out.push(`<p class="quiet">${L('project.yaml 有错误，办法规则未运行：没有时间线', 'project.yaml has errors and the rules did not run: no timeline')}</p>`);

  out.push(`<h3>${L('资金', 'Money')}</h3>`);
  if (!v.timeline) out.push(`<p class="quiet">${L('project.yaml 有错误：资金未画出', 'project.yaml has errors: no money chart')}</p>`);
  else if (v.money.steps.length === 0 && v.money.funding.length === 0 && v.money.yearly.length === 0) out.push(`<p class="quiet">${L('未填写金额', 'no amounts stated')}</p>`);
  out.push(moneySvg(v.money, lang));
  const c = v.money.changes;
  if (c) {
    const over = c.limit && c.percent > c.limit.percent;
    out.push(`<p class="changes${over ? ' bad' : ''}">${L('已记录的调整合计', 'Changes recorded')} ${wan(c.total)} ${L('万元', '10k yuan')}，${c.percent}%${c.limit ? `（${L('上限', 'limit')} ${c.limit.percent}%，<a href="#rule-${anchor(c.limit.ruleId)}">${esc(c.limit.ruleId)}</a>）` : ''}</p>`);
    if (c.limit) cited.add(c.limit.ruleId);
  }
  for (const step of v.money.steps) if (step.limit) cited.add(step.limit.ruleId);
  out.push(fundingSvg(v.money, lang));

  out.push(`<h3>${L('问题', 'Findings')}</h3>`);
  if (v.files.length === 0) out.push(`<p class="good">✔ ${L('没有发现问题', 'no findings')}</p>`);
  for (const f of v.files) {
    out.push(`<div class="file"><h4>${esc(f.file)} <small>${f.findings.length}</small></h4><ul class="findings">`);
    for (const { finding: x, lines, headings } of f.findings) {
      cited.add(x.ruleId);
      const where = x.cell ? esc(x.cell) : x.place ? esc(x.place) : `${x.line}:${x.column}`;
      const [zh, en] = SEVERITY[x.severity]!;
      out.push(`<li class="sev-${x.severity}" data-rule="${esc(x.ruleId)}"><span class="sev">${L(zh, en)}</span> <span class="msg">${esc(x.message)}</span><div class="where">${where} · <a href="#rule-${anchor(x.ruleId)}">${esc(x.ruleId)}</a>${x.source ? ` · ${esc(x.source)}` : ''}</div>`);
      if (headings && headings.length > 0) out.push(`<div class="crumbs">${headings.map(esc).join(' › ')}</div>`);
      if (lines.length > 0) out.push(`<pre class="context">${lines.map((l) => `<span${l.hit ? ' class="hit"' : ''}><b>${l.n}</b>${esc(l.text)}</span>`).join('')}</pre>`);
      out.push('</li>');
    }
    out.push('</ul></div>');
  }

  if (v.checklist) {
    out.push(`<h3>${L('验收和备案材料', 'Acceptance and filing materials')} <small>${v.checklist.ready}/${v.checklist.applicable}</small></h3>`);
    out.push(`<table class="checklist"><thead><tr><th>${L('编号', 'No.')}</th><th>${L('材料', 'Item')}</th><th>${L('状态', 'Status')}</th><th>${L('说明', 'Detail')}</th><th>${L('依据', 'Article')}</th></tr></thead><tbody>`);
    for (const it of v.checklist.items) {
      const [zh, en] = MATERIAL[it.status]!;
      const detail = it.status === 'present' ? it.files.map((f) => f.slice(it.folder.length + 1)).join('、') : it.status === 'not-applicable' ? (it.reason ?? '') : (it.next ?? '');
      if (it.rule) cited.add(it.rule);
      out.push(`<tr class="m-${it.status}"><td>${esc(it.id)}<td>${esc(it.title)}<td>${L(zh, en)}${it.due ? ` <small>${esc(it.due)}</small>` : ''}<td>${esc(detail)}<td>${esc(it.article)}${it.rule ? ` · <a href="#rule-${anchor(it.rule)}">${esc(it.rule)}</a>` : ''}`);
    }
    out.push('</tbody></table>');
  }

  if (v.route && v.route.length > 0) {
    const docs = readDocumentsRegistry();
    out.push(`<h3>${L('审批路径和所需文档', 'Route and the documents it needs')}</h3><ul class="route">`);
    for (const r of v.route) {
      cited.add(r.ruleId);
      const steps = r.steps.map((st) => `<li class="${st.found ? 'found' : 'missing'}">${esc(docs[st.doc]?.title ?? st.doc)}：${esc(pick(lang, st.why.zh, st.why.en))} — ${st.found ? `${L('已有', 'found')} <code>${esc(st.found)}</code>` : `${L('缺少，应在', 'missing, expected at')} <code>${esc(st.expected)}</code>`}`);
      out.push(`<li><a href="#rule-${anchor(r.ruleId)}">${esc(r.ruleId)}</a>${r.source ? ` ${esc(r.source)}` : ''}${steps.length ? `<ul>${steps.join('')}</ul>` : ` <span class="quiet">${L('（本规则不要求文档）', '(no documents from this rule)')}</span>`}</li>`);
    }
    out.push('</ul>');
  }
  out.push('</section>');
  return out.join('\n');
}

/** Each rule the page names, with its article and what it asks: the target of every rule link. */
function rulesSection(cited: Set<string>, lang: Lang): string {
  if (cited.size === 0) return '';
  const info = ruleInfo();
  const items = [...cited].sort().map((id) => {
    const r = info.get(id);
    const title = r ? pick(lang, r.title.zh, r.title.en) : id;
    const desc = r && r.description !== r.title ? pick(lang, r.description.zh, r.description.en) : '';
    return `<div id="rule-${anchor(id)}" class="rule"><dt><code>${esc(id)}</code> ${esc(title)}</dt><dd>${r?.source ? `<span class="src">${esc(r.source)}</span> ` : ''}${esc(desc)}</dd></div>`;
  });
  return `<section id="rules"><h2>${esc(pick(lang, '规则说明', 'The rules'))}</h2><dl>${items.join('')}</dl></section>`;
}
