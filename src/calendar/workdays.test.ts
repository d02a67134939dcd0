import { describe, expect, it } from 'vitest';
import { addMonths } from './dates.js';
import { packagedCalendar, WorkCalendar } from './workdays.js';

describe('working days', () => {
  const cal = packagedCalendar();

  it('skip 中秋 and 国庆 2026 and count the 调休 Saturday', () => {
    expect(cal.isWorkday('2026-09-25')).toBe(false); // 中秋
    expect(cal.isWorkday('2026-10-10')).toBe(true); // 调休 Saturday
    expect(cal.addWorkdays('2026-09-24', 5)).toEqual({ day: '2026-10-09', covered: true });
    expect(cal.addWorkdays('2026-09-24', 6)).toEqual({ day: '2026-10-10', covered: true });
  });

  it('say when a date lies outside the data instead of guessing', () => {
    expect(cal.covers('2026-12-31')).toBe(true);
    expect(cal.addWorkdays('2026-12-28', 5).covered).toBe(false);
  });

  it('take extra years from a user file', () => {
    const more = cal.extend({ holidays: { '2027-01-01': '元旦' }, workdays: {} });
    expect(more.covers('2027-01-04')).toBe(true);
    expect(more.addWorkdays('2026-12-31', 1)).toEqual({ day: '2027-01-04', covered: true });
  });

  it('an empty calendar covers nothing', () => {
    expect(new WorkCalendar({ holidays: {}, workdays: {} }).covers('2026-01-05')).toBe(false);
  });
});

describe('months', () => {
  it('fall back to the last day of a shorter month', () => {
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2026-04-01', 2)).toBe('2026-06-01');
  });
});
