import { describe, expect, it } from 'vitest';
import type { DeadlineNote, RuleContext } from '../types.js';
import { FAMILIES } from './index.js';

// The families' checks on their own, with the facts and options a profile gives them.
function run(family: string, params: Record<string, unknown>, facts: Record<string, unknown>, asOf = '2026-11-24', deadlines: DeadlineNote[] = []): { pointer?: string; zh: string }[] {
  const out: { pointer?: string; zh: string }[] = [];
  const ctx = { ruleId: 'T-1', params, facts, asOf, report: (r: { pointer?: string; zh: string }) => out.push({ pointer: r.pointer, zh: r.zh }), deadline: (d: DeadlineNote) => deadlines.push(d) } as unknown as RuleContext;
  FAMILIES[family]!.check(ctx);
  return out;
}

describe('months-after', () => {
  const within = { after: 'trialRunStart', event: 'acceptanceRequested', months: 6, limit: 'within' };
  it('within: fires on a late event at the event, and on a missing one once the window has passed', () => {
    expect(run('months-after', within, { dates: { trialRunStart: '2026-01-31', acceptanceRequested: '2026-08-01' } })).toEqual([
      { pointer: '/dates/acceptanceRequested', zh: '试运行开始于 2026-01-31，竣工验收申请应在 6 个月内（2026-07-31 前），实际 2026-08-01' },
    ]);
    expect(run('months-after', within, { dates: { trialRunStart: '2026-01-31' } })).toEqual([
      { pointer: '/dates/trialRunStart', zh: '试运行开始于 2026-01-31，竣工验收申请应在 6 个月内（2026-07-31 前），尚未进行' },
    ]);
  });
  it('within: quiet on the last day, and while the window is open', () => {
    expect(run('months-after', within, { dates: { trialRunStart: '2026-01-31', acceptanceRequested: '2026-07-31' } })).toEqual([]);
    const noted: DeadlineNote[] = [];
    expect(run('months-after', within, { dates: { trialRunStart: '2026-10-01' } }, '2026-11-24', noted)).toEqual([]);
    // Quiet, yet the deadline is derived: the report's timeline shows it.
    expect(noted).toEqual([{ day: '2027-04-01', limit: 'by', zh: '竣工验收申请（试运行开始后 6 个月内）', en: 'acceptanceRequested (within 6 months of trialRunStart)', event: 'acceptanceRequested' }]);
  });
  it('atLeast: quiet from the day the months are full; an event without its start fires', () => {
    const atLeast = { ...within, months: 2, limit: 'atLeast' };
    const noted: DeadlineNote[] = [];
    run('months-after', atLeast, { dates: { trialRunStart: '2026-09-20' } }, '2026-11-24', noted);
    expect(noted).toEqual([{ day: '2026-11-20', limit: 'notBefore', zh: '竣工验收申请（试运行开始后满 2 个月）', en: 'acceptanceRequested (2 months after trialRunStart)', event: 'acceptanceRequested' }]);
    expect(run('months-after', atLeast, { dates: { trialRunStart: '2026-09-20', acceptanceRequested: '2026-11-20' } })).toEqual([]);
    expect(run('months-after', atLeast, { dates: { acceptanceRequested: '2026-11-20' } })).toEqual([
      { pointer: '/dates/acceptanceRequested', zh: '竣工验收申请前须先有试运行开始，缺少试运行开始日期' },
    ]);
  });
});

describe('amount-threshold', () => {
  const supervision = { min: 50, require: '/supervisor/name', what: '监理单位' };
  it('fires from the amount on (inclusive by default), at the total it reads', () => {
    expect(run('amount-threshold', supervision, { money: { estimate: 50 } })).toEqual([{ pointer: '/money/estimate', zh: '投资估算 50.00 万元不低于 50 万元，须有监理单位（supervisor.name）' }]);
    expect(run('amount-threshold', { ...supervision, inclusive: false }, { money: { estimate: 50 } })).toEqual([]);
  });
  it('the latest total counts (批复 over 估算), and a stated fact keeps it quiet', () => {
    expect(run('amount-threshold', supervision, { money: { estimate: 80, approvedTotal: 49.99 } })).toEqual([]);
    expect(run('amount-threshold', supervision, { money: { estimate: 80 }, supervisor: { name: '某监理公司' } })).toEqual([]);
  });
  it('max: up to an amount', () => {
    const plan = { max: 30, require: '/documents/scheme', what: '实施方案' };
    expect(run('amount-threshold', plan, { money: { estimate: 30 } })).toEqual([{ pointer: '/money/estimate', zh: '投资估算 30.00 万元不超过 30 万元，须有实施方案（documents.scheme）' }]);
    expect(run('amount-threshold', plan, { money: { estimate: 30.01 } })).toEqual([]);
  });
});

describe('date-order', () => {
  it('strict: the same day fires; not strict, it does not', () => {
    const facts = { dates: { preliminaryAcceptance: '2026-05-01', acceptanceRequested: '2026-05-01' } };
    const opts = { first: 'preliminaryAcceptance', then: 'acceptanceRequested' };
    expect(run('date-order', opts, facts)).toEqual([]);
    expect(run('date-order', { ...opts, strict: true }, facts)).toEqual([{ pointer: '/dates/preliminaryAcceptance', zh: '初步验收（预验收）与竣工验收申请同在 2026-05-01：初步验收（预验收）须在竣工验收申请之前' }]);
  });
});
