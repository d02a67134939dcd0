import { parseDay } from '../calendar/dates.js';
import type { Day } from '../calendar/dates.js';
import type { WorkCalendar } from '../calendar/workdays.js';
import type { Lang } from '../i18n/lang.js';
import { pick } from '../i18n/lang.js';
import type { Facts } from '../model/facts.js';
import type { Deadline, Timeline, TimelineEvent, TimelineSpan } from '../model/timeline.js';
import { dateTitles } from './families/dates.js';
import type { RuledDeadline } from './types.js';

const DAY_MS = 86_400_000;
/** ISO days and rule IDs compare as plain strings: localeCompare would start ICU's collator (~6 ms) on every run. */
const order = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const daysBetween = (from: Day, to: Day): number => Math.round((parseDay(to).getTime() - parseDay(from).getTime()) / DAY_MS);

/** The package's dated events, its periods and every deadline its time rules derived, each with its state on `asOf`. */
export function packageTimeline(facts: Facts, ruled: readonly RuledDeadline[], asOf: Day, calendar: WorkCalendar, lang: Lang): Timeline {
  const titles = dateTitles();
  const dates = (facts.dates ?? {}) as Record<string, Day | undefined>;
  const events: TimelineEvent[] = [];
  // English titles from the keys themselves: constructionStart → construction start.
  const en = (key: string): string => key.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`);
  for (const [key, day] of Object.entries(dates)) if (day) events.push({ pointer: `/dates/${key}`, title: pick(lang, titles[key] ?? key, en(key)), day });
  (facts.reports ?? []).forEach((r, i) => events.push({ pointer: `/reports/${i}/filed`, title: pick(lang, `${r.year} 年度${r.kind}`, `${r.kind} ${r.year}`), day: r.filed }));
  events.sort((a, b) => order(a.day, b.day));

  const spans: TimelineSpan[] = [];
  const span = (zh: string, en: string, from?: Day, to?: Day): void => {
    if (from) spans.push({ title: pick(lang, zh, en), from, ...(to && to >= from ? { to } : {}) });
  };
  span('建设期', 'construction', dates.constructionStart, dates.constructionEnd);
  span('试运行', 'trial run', dates.trialRunStart, dates.trialRunStable ?? dates.preliminaryAcceptance ?? dates.acceptanceRequested);

  // A rule may derive the same day twice (two paths to one deadline): shown once.
  const seen = new Set<string>();
  const deadlines: Deadline[] = [];
  for (const d of ruled) {
    const key = `${d.ruleId}|${d.day}|${d.limit}|${d.zh}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const done = d.event ? dates[d.event] : d.done;
    const status = done
      ? (d.limit === 'by' ? done <= d.day : done >= d.day) ? 'met' : 'late'
      : d.limit === 'by' ? (asOf > d.day ? 'overdue' : 'coming') : asOf >= d.day ? 'open' : 'coming';
    const ahead = !done && d.day >= asOf;
    deadlines.push({
      ruleId: d.ruleId,
      source: d.source,
      day: d.day,
      limit: d.limit,
      what: pick(lang, d.zh, d.en),
      ...(d.event ? { event: d.event } : {}),
      ...(done ? { done } : {}),
      ...(d.workdays ? { workdays: d.workdays } : {}),
      status,
      ...(ahead ? { daysLeft: daysBetween(asOf, d.day) } : {}),
      ...(ahead && d.workdays ? { workdaysLeft: calendar.workdaysBetween(asOf, d.day) } : {}),
    });
  }
  deadlines.sort((a, b) => order(a.day, b.day) || order(a.ruleId, b.ruleId));
  return { asOf, events, spans, deadlines };
}
