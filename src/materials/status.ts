import { existsSync, readdirSync, statSync } from 'node:fs';
import { insideFolder } from '../package/documents.js';
import { join } from 'node:path';
import { addMonths } from '../calendar/dates.js';
import type { Day } from '../calendar/dates.js';
import type { WorkCalendar } from '../calendar/workdays.js';
import type { Lang } from '../i18n/lang.js';
import { pick } from '../i18n/lang.js';
import type { Material, Profile } from '../profiles/profile.js';
import { notApplicable } from './condition.js';
import { stageOf, stageReached } from '../profiles/stages.js';
import type { DateKey, Facts } from '../model/facts.js';

/** `not-yet-due`: the item applies, but only from a later stage than the package's (its `from`). */
export type Status = 'present' | 'missing' | 'empty' | 'not-applicable' | 'overdue' | 'not-yet-due';

export interface ItemStatus {
  id: string;
  title: string;
  article: string;
  /** The rule (catalogue ID) that asks for the item, when the profile names one. */
  rule?: string;
  status: Status;
  /** The folder the item's files go in, package-relative. */
  folder: string;
  files: string[];
  /** Why the item does not apply, when it does not. */
  reason?: string;
  /** The date by which it is due, when one follows from the facts. */
  due?: Day;
  /** The due date counts working days in a year the holiday data does not cover: to be checked by hand. */
  dueUncertain?: true;
  /** What to do next, for any status but present and not applicable. */
  next?: string;
  /** The stage from which the item is due (see Material.from). */
  from?: string;
}

/** Items due at the package's stage (applicable, not of a later stage) and how many of them are ready. */
export function readiness(items: readonly ItemStatus[]): { ready: number; due: number; later: number } {
  const due = items.filter((i) => i.status !== 'not-applicable' && i.status !== 'not-yet-due');
  return { ready: due.filter((i) => i.status === 'present').length, due: due.length, later: items.filter((i) => i.status === 'not-yet-due').length };
}

/** A gap `validate` reports: an item due at the package's stage that is not (wholly) in its folder. */
export const isGap = (i: ItemStatus): boolean => i.status === 'missing' || i.status === 'empty' || i.status === 'overdue';

export const MATERIALS_DIR = 'materials';

/** The folder of an item: materials/<id>-<title>. */
export const folderOf = (m: Material): string => `${MATERIALS_DIR}/${m.id}-${m.title}`;


/** The due day, and whether the holiday data covers the working days counted to reach it. */
function dueDate(m: Material, facts: Facts, calendar: WorkCalendar): { day: Day; covered: boolean } | undefined {
  const dates = facts.dates ?? {};
  const sure = (day: Day | undefined) => (day ? { day, covered: true } : undefined);
  if (m.due?.by) return sure(dates[m.due.by as DateKey]);
  const from = m.due?.after ? dates[m.due.after as DateKey] : undefined;
  if (!from) return undefined;
  if (m.due?.workdays) return calendar.addWorkdays(from, m.due.workdays);
  if (m.due?.months) return sure(addMonths(from, m.due.months));
  return undefined;
}

/** Files in the item's folder that hold something; hidden files (.keep) do not count. */
function filesIn(dir: string, folder: string): { files: string[]; empty: boolean; outside: string[] } {
  const abs = join(dir, folder);
  if (!existsSync(abs) || !statSync(abs).isDirectory()) return { files: [], empty: false, outside: [] };
  const names = readdirSync(abs).filter((n) => !n.startsWith('.'));
  // A link to a file outside the package is not the package's material: a reviewer receives the folder.
  const outside = names.filter((n) => !insideFolder(dir, join(abs, n)));
  const full = names.filter((n) => {
    if (outside.includes(n)) return false;
    try {
      const st = statSync(join(abs, n));
      return st.isFile() && st.size > 0;
    } catch {
      return false; // unreadable or a broken link counts as empty
    }
  });
  return { files: full.map((n) => `${folder}/${n}`), empty: names.length > 0 && full.length === 0, outside: outside.map((n) => `${folder}/${n}`) };
}

/** The status of every material item of the profile for this package, as of a day. */
export function materialStatuses(dir: string, facts: Facts, profile: Profile, asOf: Day, calendar: WorkCalendar, lang: Lang): ItemStatus[] {
  const stage = stageOf(profile, facts);
  return profile.materials.map((m) => {
    const folder = folderOf(m);
    const base = { id: m.id, title: m.title, article: m.article, ...(m.rule ? { rule: m.rule } : {}), ...(m.from ? { from: m.from } : {}), folder };
    const reason = notApplicable(m.when, facts, lang);
    if (reason) return { ...base, status: 'not-applicable', files: [], reason };
    const { files, empty, outside } = filesIn(dir, folder);
    const when = dueDate(m, facts, calendar);
    const due = when?.day;
    const dueFields = when ? { due: when.day, ...(when.covered ? {} : { dueUncertain: true as const }) } : {};
    if (files.length > 0) return { ...base, status: 'present', files, ...dueFields };
    const overdue = due !== undefined && asOf > due;
    // Before its stage an item is not yet due — unless the facts already date it (the event it
    // follows is recorded: its date decides), or its folder holds a file that does not count.
    if (!when && !empty && m.from && !stageReached(profile, stage, m.from)) {
      return { ...base, status: 'not-yet-due', files: [], next: pick(lang, `自${m.from}阶段起需要，届时放入 ${folder}/`, `due from ${m.from}: put it in ${folder}/ then`) };
    }
    const status: Status = empty ? 'empty' : overdue ? 'overdue' : 'missing';
    const unsure = when && !when.covered ? pick(lang, '；节假日数据未覆盖该年，此日期按周末推算，请核实', '; the holiday data does not cover that year: counted over weekends only, check it') : '';
    const next = empty && outside.length > 0
      ? pick(lang, `${outside.join('、')} 是指向软件包目录之外的链接，不计入；请放入文件本身`, `${outside.join(', ')} links out of the package and does not count: put the file itself in`)
      : empty
      ? pick(lang, `${folder}/ 中的文件为空或无法读取，请放入完整文件`, `the files in ${folder}/ are empty or unreadable: add the real file`)
      : pick(lang, `把文件放入 ${folder}/${due ? `（${overdue ? '已于' : '须在'} ${due}${overdue ? ' 逾期' : ' 前'}${unsure}）` : ''}`, `put the file in ${folder}/${due ? ` (${overdue ? 'overdue since' : 'due by'} ${due}${unsure})` : ''}`);
    return { ...base, status, files: [], next, ...dueFields };
  });
}
