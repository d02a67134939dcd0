import { parseDay } from '../../calendar/dates.js';
import type { Day } from '../../calendar/dates.js';
import type { Lang } from '../../i18n/lang.js';
import { pick } from '../../i18n/lang.js';
import { wan } from '../../model/money.js';
import type { Timeline } from '../../model/timeline.js';
import type { MoneyView } from './view.js';
import { esc } from './escape.js';
import { limitWord, shortState } from './status.js';
import { maxOf, minOf, pushAll } from '../../arrays.js';

const W = 960;
const PAD = 16;
const LANE = 17;
const FONT = 12;

/** Width of a label at 12 px: CJK characters are square, others about half. */
function textWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += ch.charCodeAt(0) > 0x2e7f ? FONT : FONT * 0.58;
  return Math.ceil(w);
}

interface Placed {
  x: number;
  lane: number;
  anchorEnd: boolean;
}

/** Labels at x positions, each put in the first lane where it does not overlap the one before it. */
function placeLabels(items: { x: number; text: string }[], maxLanes = 14): Placed[] {
  const edges: number[] = [];
  return items.map(({ x, text }) => {
    const w = textWidth(text) + 8;
    const anchorEnd = x + w > W - PAD;
    const [left, right] = anchorEnd ? [x - w, x] : [x, x + w];
    let lane = edges.findIndex((edge) => left > edge);
    if (lane < 0) lane = edges.length < maxLanes ? edges.length : maxLanes - 1;
    edges[lane] = Math.max(edges[lane] ?? -Infinity, right);
    return { x, lane, anchorEnd };
  });
}

const ms = (d: Day): number => parseDay(d).getTime();

/** The life cycle on one axis: spans as bars, events above, deadlines below, the as-of day as a line. */
export function timelineSvg(t: Timeline, lang: Lang): string {
  const days = [t.asOf, ...t.events.map((e) => e.day), ...t.deadlines.map((d) => d.day), ...t.spans.flatMap((s) => [s.from, s.to ?? t.asOf])];
  let lo = minOf(days.map(ms));
  let hi = maxOf(days.map(ms));
  const pad = Math.max((hi - lo) * 0.03, 20 * 86_400_000);
  lo -= pad;
  hi += pad;
  const x = (d: Day): number => Math.round(PAD + ((ms(d) - lo) / (hi - lo)) * (W - 2 * PAD));

  const evLabels = t.events.map((e) => ({ x: x(e.day), text: `${e.title} ${e.day}` }));
  const dlLabels = t.deadlines.map((d) => ({ x: x(d.day), text: `${d.what} ${limitWord(d, lang)} ${d.day}${shortState(d, lang)}` }));
  const evPlaced = placeLabels(evLabels);
  const dlPlaced = placeLabels(dlLabels);
  const evLanes = maxOf(evPlaced.map((p) => p.lane + 1), 0);
  const dlLanes = maxOf(dlPlaced.map((p) => p.lane + 1), 0);

  const spanTop = 8;
  const spanH = t.spans.length > 0 ? t.spans.length * 20 + 6 : 0;
  const axis = spanTop + spanH + evLanes * LANE + 18;
  const height = axis + 34 + dlLanes * LANE + 10;
  const out: string[] = [];
  out.push(`<svg class="timeline" viewBox="0 0 ${W} ${height}" role="img" aria-label="${esc(pick(lang, '项目时间线', 'project timeline'))}">`);

  // Year ticks.
  for (let y = new Date(lo).getUTCFullYear() + 1; Date.UTC(y, 0, 1) < hi; y++) {
    const xi = x(`${y}-01-01`);
    out.push(`<path class="tick" d="M${xi} ${spanTop}V${height - 4}"/><text class="year" x="${xi + 3}" y="${axis + 14}">${y}</text>`);
  }
  out.push(`<line class="axis" x1="${PAD}" y1="${axis}" x2="${W - PAD}" y2="${axis}"/>`);

  t.spans.forEach((s, i) => {
    const [x1, x2] = [x(s.from), x(s.to ?? t.asOf)];
    const y = spanTop + i * 20;
    const label = `${s.title} ${s.from} – ${s.to ?? pick(lang, '进行中', 'ongoing')}`;
    out.push(`<g class="span${s.to ? '' : ' running'}" data-from="${s.from}"${s.to ? ` data-to="${s.to}"` : ''}><rect x="${x1}" y="${y}" width="${Math.max(2, x2 - x1)}" height="14"/><text x="${x1 + 4}" y="${y + 11}">${esc(label)}</text></g>`);
  });

  t.events.forEach((e, i) => {
    const p = evPlaced[i]!;
    const ly = axis - 18 - p.lane * LANE;
    out.push(`<g class="ev" data-day="${e.day}"><path d="M${p.x} ${ly + 3}V${axis}"/><circle cx="${p.x}" cy="${axis}" r="4"/><text x="${p.anchorEnd ? p.x - 3 : p.x + 3}" y="${ly}"${p.anchorEnd ? ' text-anchor="end"' : ''}>${esc(evLabels[i]!.text)}</text></g>`);
  });

  t.deadlines.forEach((d, i) => {
    const p = dlPlaced[i]!;
    const ly = axis + 34 + p.lane * LANE;
    const mark = d.limit === 'by' ? `<path d="M${p.x} ${axis - 6}l6 6-6 6-6-6z"/>` : `<path d="M${p.x} ${axis - 6}v12l-7-6z"/>`;
    out.push(`<g class="dl st-${d.status}" data-day="${d.day}"><path d="M${p.x} ${axis + 6}V${ly - 10}"/>${mark}<text x="${p.anchorEnd ? p.x - 3 : p.x + 3}" y="${ly}"${p.anchorEnd ? ' text-anchor="end"' : ''}>${esc(dlLabels[i]!.text)}</text></g>`);
  });

  const xt = x(t.asOf);
  const today = pick(lang, `核对日 ${t.asOf}`, `as of ${t.asOf}`);
  // Near the right edge the label stands left of the line, so it is never cut off.
  const left = xt + 3 + textWidth(today) > W - 2;
  out.push(`<g class="today" data-day="${t.asOf}"><line x1="${xt}" y1="${spanTop}" x2="${xt}" y2="${height - 4}"/><text x="${left ? xt - 3 : xt + 3}" y="${height - 6}"${left ? ' text-anchor="end"' : ''}>${esc(today)}</text></g>`);
  out.push('</svg>');
  return out.join('');
}

const LABEL_W = 130;
const BAR_W = 480;

/** 匡算 → 估算 → 概算 → 批复 → 合同 as bars, each with the step from the one before and the limit on it. */
export function moneySvg(m: MoneyView, lang: Lang): string {
  if (m.steps.length === 0) return '';
  const max = maxOf(m.steps.map((s) => s.amount), 1);
  const rowH = 26;
  const h = m.steps.length * rowH + 8;
  const out = [`<svg class="money" viewBox="0 0 ${W} ${h}" role="img" aria-label="${esc(pick(lang, '投资各阶段金额', 'amounts by stage'))}">`];
  m.steps.forEach((s, i) => {
    const y = 4 + i * rowH;
    const w = Math.max(1, Math.round((s.amount / max) * BAR_W));
    const over = s.limit && s.change !== undefined && s.change > s.limit.percent;
    const step = s.change === undefined ? '' : `${s.change > 0 ? '+' : ''}${s.change}%`;
    const limit = s.limit ? pick(lang, `（上限 ${s.limit.percent}%，${s.limit.ruleId}）`, ` (limit ${s.limit.percent}%, ${s.limit.ruleId})`) : '';
    out.push(`<g${over ? ' class="over"' : ''} data-amount="${s.amount}"><text x="0" y="${y + 15}">${esc(s.title)}</text><rect x="${LABEL_W}" y="${y}" width="${w}" height="18"/><text x="${LABEL_W + w + 6}" y="${y + 14}">${wan(s.amount)} ${esc(pick(lang, '万元', '10k yuan'))}${step ? `  ${step}` : ''}${esc(limit)}</text></g>`);
  });
  out.push('</svg>');
  return out.join('');
}

/** Funding sources as one stacked bar; yearly budget against paid as pairs of bars. */
export function fundingSvg(m: MoneyView, lang: Lang): string {
  const parts: string[] = [];
  const total = m.funding.reduce((a, f) => a + f.amount, 0);
  let y = 4;
  const rows: string[] = [];
  if (total > 0) {
    let x0 = LABEL_W;
    rows.push(`<text x="0" y="${y + 15}">${esc(pick(lang, '资金来源', 'funding'))}</text>`);
    m.funding.forEach((f, i) => {
      const w = Math.max(1, Math.round((f.amount / total) * BAR_W));
      rows.push(`<rect class="c${i % 6}" x="${x0}" y="${y}" width="${w}" height="18"/>`);
      x0 += w;
    });
    y += 24;
    m.funding.forEach((f, i) => {
      rows.push(`<rect class="c${i % 6}" x="${LABEL_W}" y="${y + 3}" width="10" height="10"/><text x="${LABEL_W + 16}" y="${y + 12}">${esc(pick(lang, `${f.source}（${f.nature}）${wan(f.amount)}，`, `${f.source} (${f.nature}) ${wan(f.amount)}, `) + `${Math.round((f.amount / total) * 1000) / 10}%`)}</text>`);
      y += 17;
    });
    y += 8;
  }
  const maxYear = maxOf(m.yearly.map((r) => Math.max(r.budget, r.paid ?? 0)), 1);
  for (const r of m.yearly) {
    const wb = Math.max(1, Math.round((r.budget / maxYear) * BAR_W));
    const wp = r.paid !== undefined ? Math.round((r.paid / maxYear) * BAR_W) : 0;
    const paid = r.paid !== undefined ? pick(lang, `已支付 ${wan(r.paid)}（${r.budget ? Math.round((r.paid / r.budget) * 1000) / 10 : 0}%）`, `paid ${wan(r.paid)} (${r.budget ? Math.round((r.paid / r.budget) * 1000) / 10 : 0}%)`) : pick(lang, '未记录支付', 'no payment recorded');
    rows.push(`<text x="0" y="${y + 15}">${r.year} ${esc(pick(lang, '年度', ''))}</text><rect class="budget" x="${LABEL_W}" y="${y}" width="${wb}" height="9"/><rect class="paid" x="${LABEL_W}" y="${y + 10}" width="${Math.max(0, wp)}" height="9"/><text x="${LABEL_W + Math.max(wb, wp) + 6}" y="${y + 14}">${esc(pick(lang, `预算 ${wan(r.budget)}，${paid}`, `budget ${wan(r.budget)}, ${paid}`))}</text>`);
    y += 24;
  }
  if (rows.length === 0) return '';
  pushAll(parts, [`<svg class="funding" viewBox="0 0 ${W} ${y + 4}" role="img" aria-label="${esc(pick(lang, '资金来源和分年度资金', 'funding and yearly amounts'))}">`], rows, ['</svg>']);
  return parts.join('');
}
