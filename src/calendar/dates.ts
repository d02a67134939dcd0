/** Calendar dates as YYYY-MM-DD strings: comparable as text, free of time zones. */
export type Day = string;

export function parseDay(s: Day): Date {
  return new Date(`${s}T00:00:00Z`);
}

export function formatDay(d: Date): Day {
  return d.toISOString().slice(0, 10);
}

export function addDays(day: Day, n: number): Day {
  const d = parseDay(day);
  d.setUTCDate(d.getUTCDate() + n);
  return formatDay(d);
}

/** Same day n months later; the 31st of a short month falls back to its last day (as lawyers count). */
export function addMonths(day: Day, n: number): Day {
  const d = parseDay(day);
  // setUTCFullYear, not Date.UTC: Date.UTC reads the years 0–99 as 1900–1999.
  const target = new Date(0);
  target.setUTCFullYear(d.getUTCFullYear(), d.getUTCMonth() + n, 1);
  const end = new Date(0);
  end.setUTCFullYear(target.getUTCFullYear(), target.getUTCMonth() + 1, 0);
  target.setUTCDate(Math.min(d.getUTCDate(), end.getUTCDate()));
  return formatDay(target);
}

export const yearOf = (day: Day): number => Number(day.slice(0, 4));

/**
 * Today in the machine's time zone (users are in China: from 00:00 to 08:00 Beijing time the UTC
 * day is still yesterday, and a deadline that ended yesterday would show as due today).
 */
export function today(): Day {
  const d = new Date();
  return `${String(d.getFullYear()).padStart(4, '0')}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function isDay(s: unknown): s is Day {
  if (typeof s !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  // 2026-13-45 is no date (an invalid Date, which toISOString throws on); 2026-02-30 rolls over and differs.
  const d = parseDay(s);
  return !Number.isNaN(d.getTime()) && formatDay(d) === s;
}
