import { addMonths } from '../../calendar/dates.js';
import type { Day } from '../../calendar/dates.js';
import type { DateKey, RuleContext } from '../types.js';
import { reached } from './stages.js';

const LABELS: Record<string, [string, string]> = {
  accepted: ['竣工验收', 'acceptance'],
  operationStart: ['正式运行', 'operation start'],
};

/**
 * 自评价 within `from`–`to` months after `base` (acceptance or operation start) — or, with `also`,
 * after the later of the two ("通过竣工验收并投入运行后": both must have happened): a dated
 * self-evaluation outside the window fires; a missing one fires once the window has closed.
 */
export function selfEvaluationWindow(ctx: RuleContext): void {
  const keys = [String(ctx.params.base), ...(ctx.params.also ? [String(ctx.params.also)] : [])] as DateKey[];
  const from = Number(ctx.params.from);
  const to = Number(ctx.params.to);
  const dates = ctx.facts.dates ?? {};
  const given = keys.filter((k) => dates[k]);
  if (given.length === 0) return; // not yet accepted nor operating: nothing is due
  if (given.length < keys.length) {
    const missing = keys.find((k) => !dates[k])!;
    const [zh, en] = LABELS[missing] ?? [missing, missing];
    ctx.needs(`/dates/${given[0]}`, `${zh}日期（dates.${missing}），自评价期限自竣工验收和投入运行两者中较晚的一日起算`, `the ${en} date (dates.${missing}): the window opens at the later of acceptance and operation`, [`/dates/${missing}`]);
    return;
  }
  const baseKey = keys.reduce((a, b) => (dates[b]! > dates[a]! ? b : a));
  const base = dates[baseKey]!;
  const open: Day = addMonths(base, from);
  const close: Day = addMonths(base, to);
  const [zhBase, enBase] = LABELS[baseKey] ?? [baseKey, baseKey];
  const done = ctx.facts.dates?.selfEvaluation;
  if (from > 0) ctx.deadline({ day: open, limit: 'notBefore', zh: `自评价（${zhBase}后满 ${from} 个月）`, en: `self-evaluation (${from} months after ${enBase})`, event: 'selfEvaluation' });
  ctx.deadline({ day: close, limit: 'by', zh: `自评价（${zhBase}后 ${to} 个月内）`, en: `self-evaluation (within ${to} months of ${enBase})`, event: 'selfEvaluation' });
  if (done) {
    if (done < open || done > close) {
      ctx.report({
        pointer: '/dates/selfEvaluation',
        zh: `自评价日期 ${done} 不在${zhBase}（${base}）后 ${from}–${to} 个月内（${open} 至 ${close}）`,
        en: `self-evaluation on ${done} is outside ${from}–${to} months after ${enBase} (${base}): ${open} to ${close}`,
      });
    }
  } else if (ctx.asOf > close) {
    ctx.report({
      pointer: `/dates/${baseKey}`,
      zh: `自评价已逾期：应在 ${open} 至 ${close} 之间完成，截至 ${ctx.asOf} 未记录自评价日期`,
      en: `self-evaluation overdue: due between ${open} and ${close}; none recorded as of ${ctx.asOf}`,
    });
  }
}

/**
 * The day `months` after the trial run started, noted as the earliest day for `event` (the timeline
 * shows it); undefined while no trial run has started.
 */
export function afterTrialRun(ctx: RuleContext, months: number, event: DateKey, what: { zh: string; en: string }): Day | undefined {
  const start = ctx.facts.dates?.trialRunStart;
  if (!start) return undefined;
  const day = addMonths(start, months);
  ctx.deadline({ day, limit: 'notBefore', ...what, event });
  return day;
}

/**
 * A yearly report (`kind`) "在建设期内每年年底前": one for each year end that falls inside the
 * construction period, which runs from the start of construction to acceptance (the reports speak
 * of the trial run too). The year of acceptance needs none unless acceptance is on its last day:
 * its year end lies after the period. Before the project reaches 建设实施, its dates are plans and
 * nothing is due.
 */
export function yearlyReports(ctx: RuleContext, kind: string, kindEn: string): void {
  const start = ctx.facts.dates?.constructionStart;
  if (!start || !reached(ctx, '建设实施')) return;
  const accepted = ctx.facts.dates?.accepted;
  const asOfYear = Number(ctx.asOf.slice(0, 4));
  const lastYear = accepted ? Number(accepted.slice(0, 4)) - (accepted.slice(5) === '12-31' ? 0 : 1) : asOfYear;
  // The last year that has ended by the as-of date.
  const ended = ctx.asOf.slice(5) === '12-31' ? asOfYear : asOfYear - 1;
  const reports = (ctx.facts.reports ?? []).filter((r) => r.kind === kind);
  // Every year's report is a deadline, the running year's too; only a year that has ended can lack one.
  for (let year = Number(start.slice(0, 4)); year <= Math.min(lastYear, asOfYear); year++) {
    const r = reports.find((x) => x.year === year);
    ctx.deadline({ day: `${year}-12-31`, limit: 'by', zh: `${year} 年度${kind}`, en: `${kindEn} for ${year}`, ...(r ? { done: r.filed } : {}) });
    if (year > ended) continue;
    if (!r) {
      ctx.report({
        pointer: ctx.facts.reports ? '/reports' : '/dates/constructionStart',
        zh: `缺少 ${year} 年度${kind}（应在 ${year}-12-31 前报送）`,
        en: `no ${kindEn} for ${year} (due by ${year}-12-31)`,
      });
    } else if (r.filed > `${year}-12-31`) {
      const i = ctx.facts.reports!.indexOf(r);
      ctx.report({
        pointer: `/reports/${i}/filed`,
        zh: `${year} 年度${kind}于 ${r.filed} 报送，晚于 ${year}-12-31`,
        en: `${kindEn} for ${year} filed on ${r.filed}, after ${year}-12-31`,
      });
    }
  }
}

/**
 * `filedKey` must fall within `params.workdays` working days after `fromKey`; a missing
 * filing fires once the deadline has passed, and a deadline outside the holiday data warns.
 */
export function filedWithinWorkdays(
  ctx: RuleContext,
  fromKey: DateKey,
  filedKey: DateKey,
  what: { zh: string; en: string; fromZh: string; fromEn: string },
): void {
  const d = ctx.facts.dates ?? {};
  const from = d[fromKey];
  if (!from) return;
  const filed = d[filedKey];
  const n = Number(ctx.params.workdays);
  const { day: deadline, covered } = ctx.calendar.addWorkdays(from, n);
  // Filed on a day the holiday data covers, every day up to it counted: on time or late is certain.
  if (!covered && filed && filed > from && coveredThrough(ctx, from, filed)) {
    const used = ctx.calendar.workdaysBetween(from, filed);
    if (used <= n) return;
  }
  if (!covered) {
    ctx.uncovered(deadline, `/dates/${fromKey}`);
    return;
  }
  ctx.deadline({ day: deadline, limit: 'by', zh: `${what.zh.replace(/备案$/, '')}备案（${what.fromZh}后 ${n} 个工作日内）`, en: `${what.en} filed (${n} working days after ${what.fromEn})`, event: filedKey, workdays: n });
  if (filed ? filed > deadline : ctx.asOf > deadline) {
    ctx.report({
      pointer: `/dates/${filed ? filedKey : fromKey}`,
      zh: `${what.fromZh}于 ${from}，${what.zh}应在 ${n} 个工作日内（${deadline} 前）备案，${filed ? `实际 ${filed}` : '尚未备案'}`,
      en: `${what.fromEn} on ${from}: ${what.en} is filed within ${n} working days (by ${deadline}); ${filed ? `filed ${filed}` : 'not filed'}`,
    });
  }
}

/** Every year from `from` to `to` is in the holiday data. */
function coveredThrough(ctx: RuleContext, from: Day, to: Day): boolean {
  for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++) if (!ctx.calendar.covers(`${y}-01-01`)) return false;
  return true;
}
