import { describe, expect, it } from 'vitest';
import { packagedCalendar } from '../calendar/workdays.js';
import type { Facts } from '../model/facts.js';
import { packageTimeline } from './timeline.js';
import type { RuledDeadline } from './types.js';

const facts = (dates: Record<string, string>, extra: Partial<Facts> = {}): Facts => ({ profile: 'national', name: 'x', category: '建设类', owner: { name: 'y' }, dates, ...extra }) as Facts;
const by = (day: string, event?: string, more: Partial<RuledDeadline> = {}): RuledDeadline => ({ ruleId: 'R-1', source: '第一条', day, limit: 'by', zh: '某事', en: 'something', ...(event ? { event } : {}), ...more });

describe('packageTimeline', () => {
  const cal = packagedCalendar();

  it('a deadline by a day: met on the day, late after it, overdue when undone past it, coming before it with the days left', () => {
    const t = (dates: Record<string, string>, asOf: string) => packageTimeline(facts(dates), [by('2026-06-30', 'accepted')], asOf, cal, 'zh').deadlines[0]!;
    expect(t({ accepted: '2026-06-30' }, '2026-11-01')).toMatchObject({ status: 'met', done: '2026-06-30' });
    expect(t({ accepted: '2026-07-01' }, '2026-11-01')).toMatchObject({ status: 'late', done: '2026-07-01' });
    expect(t({}, '2026-07-01')).toMatchObject({ status: 'overdue' });
    expect(t({}, '2026-07-01').daysLeft).toBeUndefined();
    expect(t({}, '2026-06-20')).toMatchObject({ status: 'coming', daysLeft: 10 });
    expect(t({}, '2026-06-30')).toMatchObject({ status: 'coming', daysLeft: 0 });
  });

  it('an earliest day: too early before it, met on or after it, open once it has come', () => {
    const t = (dates: Record<string, string>, asOf: string) => packageTimeline(facts(dates), [by('2026-06-01', 'acceptanceRequested', { limit: 'notBefore' })], asOf, cal, 'zh').deadlines[0]!;
    expect(t({ acceptanceRequested: '2026-05-31' }, '2026-11-01').status).toBe('late');
    expect(t({ acceptanceRequested: '2026-06-01' }, '2026-11-01').status).toBe('met');
    expect(t({}, '2026-06-01').status).toBe('open');
    expect(t({}, '2026-05-01')).toMatchObject({ status: 'coming', daysLeft: 31 });
  });

  it('counts working days left over the National Day holiday for a deadline in working days', () => {
    const d = packageTimeline(facts({}), [by('2026-10-10', 'contractFiled', { workdays: 5 })], '2026-09-28', cal, 'zh').deadlines[0]!;
    // 2026-10-10 is the fifth working day after 2026-09-28 (a 调休 Saturday after the holiday).
    expect(cal.addWorkdays('2026-09-28', 5).day).toBe('2026-10-10');
    expect(d).toMatchObject({ status: 'coming', daysLeft: 12, workdaysLeft: 5 });
  });

  it('a yearly report is met by its own filing day, not a date of project.yaml', () => {
    const d = packageTimeline(facts({}), [by('2025-12-31', undefined, { done: '2025-12-18' })], '2026-11-01', cal, 'zh').deadlines[0]!;
    expect(d).toMatchObject({ status: 'met', done: '2025-12-18' });
  });

  it('lists every date and yearly report in order, the periods as spans, and each deadline once', () => {
    const f = facts({ accepted: '2026-08-26', constructionStart: '2024-07-15', constructionEnd: '2025-10-31', trialRunStart: '2025-11-01', preliminaryAcceptance: '2026-04-16' }, { reports: [{ year: 2024, kind: '绩效评价报告', filed: '2024-12-20' }] });
    const t = packageTimeline(f, [by('2026-12-31'), by('2026-12-31')], '2026-11-29', cal, 'zh');
    expect(t.events.map((e) => [e.day, e.title, e.pointer])).toEqual([
      ['2024-07-15', '开工', '/dates/constructionStart'],
      ['2024-12-20', '2024 年度绩效评价报告', '/reports/0/filed'],
      ['2025-10-31', '完工', '/dates/constructionEnd'],
      ['2025-11-01', '试运行开始', '/dates/trialRunStart'],
      ['2026-04-16', '初步验收（预验收）', '/dates/preliminaryAcceptance'],
      ['2026-08-26', '竣工验收', '/dates/accepted'],
    ]);
    expect(t.spans).toEqual([
      { title: '建设期', from: '2024-07-15', to: '2025-10-31' },
      { title: '试运行', from: '2025-11-01', to: '2026-04-16' },
    ]);
    expect(t.deadlines).toHaveLength(1);
  });

  it('a period still running has no end; no start, no period', () => {
    const en = packageTimeline(facts({ constructionStart: '2026-10-12' }), [], '2026-11-29', cal, 'en');
    expect(en.spans).toEqual([{ title: 'construction', from: '2026-10-12' }]);
    expect(en.events.map((e) => e.title)).toEqual(['construction start']);
    expect(packageTimeline(facts({ constructionEnd: '2026-10-12' }), [], '2026-11-29', cal, 'en').spans).toEqual([]);
  });
});
