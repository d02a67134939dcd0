// Table rows leave out their optional </td> and </tr> (HTML allows it): a thousand packages stay under 10 MB.
import { readFileSync } from 'node:fs';
import { assetPath } from '../../data/assets.js';
import type { Lang } from '../../i18n/lang.js';
import { pick } from '../../i18n/lang.js';
import { VERSION } from '../../version.js';
import { ruleInfo } from '../rule-index.js';
import { anchor, esc } from './escape.js';
import { limitWord, shortState } from './status.js';
import { packageSection, RELATION } from './section.js';
import { PLAIN_LIMIT, packedScript, packSection } from './packed.js';
import type { PackageView } from './view.js';

export interface ReportInput {
  views: PackageView[];
  /** Folders that could not be read, with the reason. */
  unreadable: { path: string; reason: string }[];
  asOf: string;
  lang: Lang;
}

const asset = (name: string): string => readFileSync(assetPath('templates', 'report', name), 'utf8');

/** One self-contained HTML page: a dashboard when there are several packages, then each package, then the rules cited. */
export function reportHtml(input: ReportInput, plainLimit = PLAIN_LIMIT): string {
  const { views, lang } = input;
  const L = (zh: string, en: string): string => esc(pick(lang, zh, en));
  const many = views.length + input.unreadable.length > 1;
  const cited = new Set<string>();
  const index = new Map(views.map((v, i) => [v.path, i]));
  const linkOf = (path: string): string | null => (index.has(path) ? `#pkg-${index.get(path)}` : null);
  const bodies = views.map((v) => packageSection(v, many, lang, cited, linkOf));
  const packed = many && bodies.reduce((n, b) => n + Buffer.byteLength(b), 0) > plainLimit;
  const needsScript = L('软件包较多，各包的详情以压缩形式保存在本页中，需启用脚本才能打开；也可对单个软件包运行 zwpack report。', 'With this many packages each package is stored compressed in the page and opens with the script enabled; or run zwpack report on one package.');
  const sections = bodies.map((body, i) => {
    const open = `<section class="pkg" id="pkg-${i}" data-path="${esc(views[i]!.path)}"`;
    if (!packed) return `${open}>\n${body}\n</section>`;
    const { n, z } = packSection(body);
    return `${open} data-n="${n}" data-z="${z}"><p class="quiet">${needsScript}</p></section>`;
  });
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
    many ? groups(views, lang, linkOf) : '',
    `<main>${sections.join('\n')}</main>`,
    rulesSection(cited, [...new Set(views.flatMap((v) => (v.profileId ? [v.profileId] : [])))], lang),
    `<script>${asset('report.js')}</script>`,
    packed ? `<script>${packedScript()}</script>` : '',
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

/** Related packages in groups (those linked by any relation, one group each), for a reviewer's year at once. */
function groups(views: PackageView[], lang: Lang, linkOf: (path: string) => string | null): string {
  const L = (zh: string, en: string): string => esc(pick(lang, zh, en));
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    while (parent.get(x) !== x) {
      const up = parent.get(parent.get(x)!)!;
      parent.set(x, up);
      x = up;
    }
    return x;
  };
  for (const v of views) parent.set(v.path, v.path);
  for (const v of views) {
    for (const r of v.related?.list ?? []) {
      if (!parent.has(r.path)) continue;
      const [a, b] = [find(v.path), find(r.path)];
      if (a !== b) parent.set(a, b);
    }
  }
  const members = new Map<string, PackageView[]>();
  for (const v of views) {
    const root = find(v.path);
    if (!members.has(root)) members.set(root, []);
    members.get(root)!.push(v);
  }
  const list = [...members.values()].filter((g) => g.length > 1);
  if (list.length === 0) return '';
  const items = list.map((g) => {
    const kinds = new Set(g.flatMap((v) => (v.related?.list ?? []).map((r) => r.kind)));
    const what = [...kinds].map((k) => { const [zh, en] = RELATION[k] ?? [k, k]; return L(zh, en); }).join('、');
    return `<li><b>${what}</b>：${g.map((v) => `<a href="${linkOf(v.path) ?? '#'}">${esc(v.name)}</a> <span class="path">${esc(v.path)}</span>`).join('；')}</li>`;
  });
  return `<section id="related"><h2>${L(`相关的软件包：${list.length} 组`, `Related packages: ${list.length} groups`)}</h2><ul>${items.join('')}</ul></section>`;
}

/** Each rule the page names, with its article and what it asks: the target of every rule link. */
function rulesSection(cited: Set<string>, profiles: string[], lang: Lang): string {
  if (cited.size === 0) return '';
  const info = ruleInfo(profiles);
  const items = [...cited].sort().map((id) => {
    const r = info.get(id);
    const title = r ? pick(lang, r.title.zh, r.title.en) : id;
    const desc = r && r.description !== r.title ? pick(lang, r.description.zh, r.description.en) : '';
    return `<div id="rule-${anchor(id)}" class="rule"><dt><code>${esc(id)}</code> ${esc(title)}</dt><dd>${r?.source ? `<span class="src">${esc(r.source)}</span> ` : ''}${esc(desc)}</dd></div>`;
  });
  return `<section id="rules"><h2>${esc(pick(lang, '规则说明', 'The rules'))}</h2><dl>${items.join('')}</dl></section>`;
}
