import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { packagedCalendar } from '../src/calendar/workdays.js';
import { validatePackage } from '../src/pipeline.js';
import { copyExample, EXAMPLES, ROOT } from './helpers.js';

// The deadlines each profile's time rules derive from the examples' dates, met or not: what the report's timeline draws.
const AS_OF = '2026-11-29';
const run = { lang: 'zh' as const, asOf: AS_OF, calendar: packagedCalendar() };
const deadlines = (dir: string) => validatePackage(dir, run).timeline!.deadlines.map((d) => `${d.ruleId} ${d.limit} ${d.day} ${d.status}`);

/** A copy of an example with some dates set. */
function withDates(profile: keyof typeof EXAMPLES, dates: Record<string, string>): string {
  const dir = copyExample(profile);
  const file = join(dir, 'project.yaml');
  const facts = parse(readFileSync(file, 'utf8')) as { dates: Record<string, string> };
  Object.assign(facts.dates, dates);
  writeFileSync(file, stringify(facts));
  return dir;
}

describe('deadlines on the timeline', () => {
  it('each example: every deadline its profile derives, with its state on the day', () => {
    const of = (p: keyof typeof EXAMPLES) => deadlines(join(ROOT, EXAMPLES[p]));
    expect(of('bazhong')).toEqual(['BZ-MONITOR by 2026-12-31 coming', 'NAT-ACCEPT-6M by 2027-07-31 coming']);
    expect(of('gulou')).toEqual(['GL-PLAN-Q3 notBefore 2024-07-01 met', 'GL-PLAN-Q3 by 2024-09-30 met', 'GL-ACCEPT-6M notBefore 2026-10-01 open', 'GL-ACCEPT-6M by 2026-12-30 coming']);
    expect(of('jilin')).toEqual([
      'JL-ANNUAL-EVAL by 2024-12-31 met', 'JL-ANNUAL-EVAL by 2025-12-31 met', 'JL-ACCEPT-6M by 2026-10-16 met',
      // 第二十八条 "通过竣工验收并投入运行后": from operation (2026-08-27), the day after acceptance.
      'JL-SELF-EVAL notBefore 2027-08-27 coming', 'JL-SELF-EVAL by 2028-08-27 coming',
    ]);
    expect(of('jinhu')).toEqual(['JH-PLAN-DEADLINE by 2024-09-30 met', 'JH-ACCEPT-PATH notBefore 2026-06-01 met', 'NAT-ACCEPT-6M by 2026-12-30 met', 'NAT-SELF-EVAL notBefore 2027-09-16 coming', 'NAT-SELF-EVAL by 2028-09-16 coming']);
    expect(of('xiangfen')).toEqual(['XF-CONTRACT-5WD by 2026-10-09 met', 'XF-SELF-EVAL notBefore 2028-01-01 coming']);
    expect(of('national')).toEqual([]);
  });

  it('the rules no example reaches: 巴中 trial run, 金湖 shutdown report, 襄汾 acceptance report (in working days)', () => {
    expect(deadlines(withDates('bazhong', { trialRunStart: '2026-08-01' }))).toContain('BZ-TRIAL-3M notBefore 2026-11-01 open');
    expect(deadlines(withDates('jinhu', { shutdown: '2027-03-31' }))).toContain('JH-TERMINATE-1M by 2027-02-28 coming');
    const xf = validatePackage(withDates('xiangfen', { accepted: '2026-10-20' }), run).timeline!.deadlines.find((d) => d.ruleId === 'XF-REPORT-30WD')!;
    expect(xf).toMatchObject({ day: run.calendar.addWorkdays('2026-10-20', 30).day, status: 'coming', workdays: 30, event: 'acceptanceReportFiled' });
    // The working days left reach the deadline from the as-of day, and are no more than the calendar days.
    expect(run.calendar.addWorkdays(AS_OF, xf.workdaysLeft!).day).toBe(xf.day);
    expect(xf.workdaysLeft!).toBeLessThanOrEqual(xf.daysLeft!);
  });

  it('金湖 key project: the earliest day to request acceptance shows before the request is made', () => {
    const dir = copyExample('jinhu');
    const file = join(dir, 'project.yaml');
    const facts = parse(readFileSync(file, 'utf8')) as { stage: string; dates: Record<string, string> };
    for (const k of ['acceptanceRequested', 'accepted', 'operationStart', 'selfEvaluation']) delete facts.dates[k];
    facts.stage = '试运行';
    writeFileSync(file, stringify(facts));
    expect(deadlines(dir)).toContain('JH-ACCEPT-PATH notBefore 2026-06-01 open');
  });

  it('a deadline passed without its event is overdue, and the rule reports it too', () => {
    const dir = withDates('gulou', {});
    const v = validatePackage(dir, { ...run, asOf: '2027-01-05' });
    expect(v.timeline!.deadlines.find((d) => d.ruleId === 'GL-ACCEPT-6M' && d.limit === 'by')!.status).toBe('overdue');
    expect(v.result.findings.some((f) => f.ruleId === 'GL-ACCEPT-6M')).toBe(true);
  });

  it('no timeline when the rules could not run', () => {
    const dir = copyExample('jilin');
    writeFileSync(join(dir, 'project.yaml'), readFileSync(join(dir, 'project.yaml'), 'utf8').replace(/^name: .*$/m, 'name: 12'));
    expect(validatePackage(dir, run).timeline).toBeUndefined();
  });
});
