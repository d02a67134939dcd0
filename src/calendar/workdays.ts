import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { addDays, isDay, parseDay, yearOf } from './dates.js';
import type { Day } from './dates.js';
import type { Lang } from '../i18n/lang.js';
import { pick } from '../i18n/lang.js';
import { NotRegularFileError, notRegularMessage, readRegularFile } from '../fs/regular.js';
import { vendored } from '../fs/vendored.js';

/** Public holidays and 调休 workdays, by date. */
export interface HolidayData {
  holidays: Record<Day, string>;
  workdays: Record<Day, string>;
}

/**
 * Working days under the State Council's yearly holiday notice: weekends and public
 * holidays are off, 调休 Saturdays and Sundays are on. Years outside the data are
 * reported by the caller, never guessed.
 */
export class WorkCalendar {
  readonly years: Set<number>;

  constructor(private readonly data: HolidayData) {
    this.years = new Set([...Object.keys(data.holidays), ...Object.keys(data.workdays)].map((d) => yearOf(d)));
  }

  covers(day: Day): boolean {
    return this.years.has(yearOf(day));
  }

  isWorkday(day: Day): boolean {
    if (this.data.workdays[day]) return true;
    if (this.data.holidays[day]) return false;
    const wd = parseDay(day).getUTCDay();
    return wd !== 0 && wd !== 6;
  }

  /** The n-th working day after `day` (the day itself does not count). */
  addWorkdays(day: Day, n: number): { day: Day; covered: boolean } {
    let d = day;
    let covered = this.covers(day);
    for (let left = n; left > 0; ) {
      d = addDays(d, 1);
      covered &&= this.covers(d);
      if (this.isWorkday(d)) left--;
    }
    return { day: d, covered };
  }

  /** Working days after `from` up to and including `to` (0 when `to` is not later): the inverse of addWorkdays. */
  workdaysBetween(from: Day, to: Day): number {
    let n = 0;
    for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (this.isWorkday(d)) n++;
    return n;
  }

  /** Add years from a user's file (same shape as the packaged data). */
  extend(extra: HolidayData): WorkCalendar {
    return new WorkCalendar({
      holidays: { ...this.data.holidays, ...extra.holidays },
      workdays: { ...this.data.workdays, ...extra.workdays },
    });
  }
}

let packaged: WorkCalendar | null = null;

/** The calendar from the chinese-days package, read once per process. */
export function packagedCalendar(): WorkCalendar {
  if (!packaged) {
    const data = JSON.parse(readFileSync(vendored('chinese-days/chinese-days.json', 'chinese-days', 'dist/chinese-days.json'), 'utf8')) as HolidayData;
    packaged = new WorkCalendar({ holidays: data.holidays, workdays: data.workdays });
  }
  return packaged;
}

/** A user's holiday file: YAML or JSON with `holidays:` and `workdays:` maps of YYYY-MM-DD → name. */
export function readHolidayFile(path: string, lang: Lang = 'zh'): HolidayData {
  // A FIFO or a folder is refused before it is opened.
  let text: string;
  try {
    text = readRegularFile(path).toString('utf8').replace(/^\uFEFF/, '');
  } catch (err) {
    if (err instanceof NotRegularFileError) throw new Error(notRegularMessage(err, lang));
    throw err;
  }
  const raw = parse(text) as unknown;
  if (raw !== null && (typeof raw !== 'object' || Array.isArray(raw))) throw new Error(pick(lang, '应为含 holidays 和 workdays 的键值表', 'expected a mapping with holidays and workdays'));
  const out: HolidayData = { holidays: {}, workdays: {} };
  for (const key of ['holidays', 'workdays'] as const) {
    const map = (raw as Record<string, unknown> | null)?.[key] ?? {};
    if (typeof map !== 'object' || map === null || Array.isArray(map)) throw new Error(pick(lang, `${key} 应为 日期: 名称 的键值表`, `${key} is a mapping of date: name`));
    for (const [day, name] of Object.entries(map)) {
      // A date that does not exist would silently count nothing.
      if (!isDay(day)) throw new Error(pick(lang, `${key} 中的「${day}」不是有效日期（YYYY-MM-DD）`, `"${day}" in ${key} is not a date (YYYY-MM-DD)`));
      out[key][day] = String(name);
    }
  }
  return out;
}
