import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ProfileId } from '../profiles/registry.js';
import { compareShare, percentText, toFen } from '../model/money.js';
import { FAMILIES } from './families/index.js';
import type { Facts } from './types.js';
import { contextFor, inForce, run } from '../../test/rule-context.js';
import type { Seen } from '../../test/rule-context.js';

// Every percent and amount limit at its exact boundary and one 分 (0.000001 万元) on either side.
// 以上/以下/不超过/不少于 include the number; 超过/不足/少于 exclude it.

const errors = (xs: Seen[]) => xs.filter((x) => x.severity === 'error' || x.severity === 'warning');
const change = (amount: number) => ({ date: '2026-03-01', amount, content: '调整建设内容', reason: '业务发展需要' });

describe('money in 分', () => {
  it('reads the decimal written, not the binary fraction', () => {
    expect(toFen(1234.57)).toBe(1_234_570_000n);
    expect(toFen(0.000001)).toBe(1n);
    expect(toFen(-18.65)).toBe(-18_650_000n);
    expect(compareShare(toFen(18.65), toFen(186.5), 0.1)).toBe(0);
    expect(compareShare(toFen(185.1855), toFen(1234.57), 0.15)).toBe(0);
  });
  it('prints a share that is not at the limit with the decimals that show it', () => {
    expect(percentText(toFen(123.457), toFen(1234.57), 0.1)).toBe('10.0');
    expect(percentText(toFen(123.457001), toFen(1234.57), 0.1)).toBe('10.0');
    expect(percentText(toFen(123.47), toFen(1234.57), 0.1)).toBe('10.001');
    expect(percentText(toFen(123.4), toFen(1234.57), 0.1)).toBe('9.995');
    expect(percentText(toFen(61.7285), toFen(1234.57), 0.1)).toBe('5.0');
  });
});

describe('NAT-ESTIMATE-10 《政府投资条例》第十二条 “超过…10%的”', () => {
  // 1234.57 × 110% = 1358.027 exactly; 186.5 × 110% = 205.15, which floating division puts over.
  for (const [estimate, at] of [[1234.57, 1358.027], [186.5, 205.15]] as const) {
    it(`概算 exactly 110% of 估算 ${estimate} does not exceed it; one 分 more does`, () => {
      for (const pid of ['national', 'jinhu', 'bazhong', 'xiangfen', 'gulou', 'jilin'] as ProfileId[]) {
        expect(errors(run(pid, 'NAT-ESTIMATE-10', { money: { estimate, budgetEstimate: at } } as Facts))).toEqual([]);
        expect(errors(run(pid, 'NAT-ESTIMATE-10', { money: { estimate, budgetEstimate: at - 0.000001 } } as Facts))).toEqual([]);
        const over = errors(run(pid, 'NAT-ESTIMATE-10', { money: { estimate, budgetEstimate: Number((at + 0.000001).toFixed(6)) } } as Facts));
        expect(over).toHaveLength(1);
        expect(over[0]!.zh).toMatch(/超过批准的估算 [0-9.]+ 万元 10\.0%（超过 10%）/);
      }
    });
  }
});

describe('JH-CHANGE-10 金湖 第二十一条 “不得超过项目总投资的10%”', () => {
  const money = { approvedTotal: 1234.57 };
  it('a change of exactly 10% is within; one 分 more is over', () => {
    expect(run('jinhu', 'JH-CHANGE-10', { money, changes: [change(123.457)] } as Facts).map((x) => x.severity)).toEqual(['info']);
    expect(run('jinhu', 'JH-CHANGE-10', { money, changes: [change(123.456999)] } as Facts).map((x) => x.severity)).toEqual(['info']);
    const over = run('jinhu', 'JH-CHANGE-10', { money, changes: [change(123.457001)] } as Facts);
    expect(over.map((x) => x.severity)).toEqual(['error']);
    expect(over[0]!.zh).toContain('10.0%，超过 10%（限内至多 123.457 万元）');
  });
  it('changes add up in 分: two that reach 10% exactly are within', () => {
    expect(run('jinhu', 'JH-CHANGE-10', { money, changes: [change(0.1), change(123.357)] } as Facts).map((x) => x.severity)).toEqual(['info', 'info']);
  });
});

describe('GL-CHANGE-10 鼓楼 第二十条 “10%以内…变更手续；10%（含）以上…重新立项”', () => {
  const money = { approvedTotal: 1234.57 };
  it('exactly 10% must be approved again; one 分 less follows the change procedure', () => {
    const at = run('gulou', 'GL-CHANGE-10', { money, changes: [change(123.457)] } as Facts);
    expect(at.map((x) => x.severity)).toEqual(['error']);
    expect(at[0]!.zh).toContain('10.0%，达到或超过 10%（限内至多 123.456999 万元）：必须重新立项');
    expect(run('gulou', 'GL-CHANGE-10', { money, changes: [change(123.456999)] } as Facts).map((x) => x.severity)).toEqual(['info']);
    expect(run('gulou', 'GL-CHANGE-10', { money, changes: [change(123.457001)] } as Facts).map((x) => x.severity)).toEqual(['error']);
  });
});

describe('JL-CHANGE-15 吉林 第二十三条 “不超过概算总投资15%”', () => {
  // The 批复总投资 differs from the 概算 on purpose: the article's base is the 概算总投资.
  const money = { budgetEstimate: 1234.57, approvedTotal: 1300 };
  it('exactly 15% of the 概算 is within; one 分 more is over; the message names the 概算总投资', () => {
    const at = run('jilin', 'JL-CHANGE-15', { money, changes: [change(185.1855)] } as Facts);
    expect(at.map((x) => x.severity)).toEqual(['info']);
    expect(at[0]!.zh).toContain('占概算总投资的 15.0%（不超过 15%）');
    expect(run('jilin', 'JL-CHANGE-15', { money, changes: [change(185.185499)] } as Facts).map((x) => x.severity)).toEqual(['info']);
    const over = run('jilin', 'JL-CHANGE-15', { money, changes: [change(185.185501)] } as Facts);
    expect(over.map((x) => x.severity)).toEqual(['error']);
    expect(over[0]!.zh).toContain('占概算总投资的 15.0%，超过 15%（限内至多 185.1855 万元）');
  });
  it('without a 概算 the share cannot be told (the 批复总投资 is not its base)', () => {
    const seen = run('jilin', 'JL-CHANGE-15', { money: { approvedTotal: 1300 }, changes: [change(100)] } as Facts);
    expect(seen.map((x) => x.severity)).toEqual(['needs']);
    expect(seen[0]!.zh).toContain('概算总投资');
  });
});

describe('BZ-STAGES 巴中 第十九条（三） “总投资不超过300万元的项目”', () => {
  const route = (total: number) => {
    const { rule, params } = inForce('bazhong', 'BZ-STAGES');
    return rule.route!(contextFor('BZ-STAGES', 'bazhong', { stage: '立项审批', mode: '自行建设', money: { estimate: total } } as Facts, params, [])).map((s) => s.doc);
  };
  it('exactly 300万元 may merge 可研 and 初设 into an 实施方案; one 分 more may not', () => {
    expect(route(300)).toEqual(['proposal', 'implementation']);
    expect(route(299.999999)).toEqual(['proposal', 'implementation']);
    expect(route(300.000001)).toEqual(['proposal', 'feasibility', 'design']);
  });
});

describe('BZ-SCOPE-30W 巴中 第二条 “投资额度在30万元以上”', () => {
  it('exactly 30万元 is governed; one 分 less is not; one 分 more is', () => {
    expect(errors(run('bazhong', 'BZ-SCOPE-30W', { money: { estimate: 30 } } as Facts))).toEqual([]);
    expect(errors(run('bazhong', 'BZ-SCOPE-30W', { money: { estimate: 30.000001 } } as Facts))).toEqual([]);
    const below = errors(run('bazhong', 'BZ-SCOPE-30W', { money: { estimate: 29.999999 } } as Facts));
    expect(below.map((x) => x.zh)).toEqual(['投资估算 29.999999 万元低于 30 万元，不属于本办法的管理范围']);
  });
});

describe('GL-SUPERVISION-100W 鼓楼 第十九条 “投资额100万元及以上”', () => {
  const facts = (estimate: number) => ({ money: { estimate, supervisionFee: 1 }, stage: '招标采购' }) as Facts;
  it('exactly 100万元 needs a supervisor; one 分 less does not; one 分 more does', () => {
    expect(errors(run('gulou', 'GL-SUPERVISION-100W', facts(100))).map((x) => x.zh)).toEqual(['投资估算 100.00 万元不低于 100 万元，须确定监理单位（supervisor）']);
    expect(errors(run('gulou', 'GL-SUPERVISION-100W', facts(100.000001)))).toHaveLength(1);
    expect(errors(run('gulou', 'GL-SUPERVISION-100W', facts(99.999999)))).toEqual([]);
  });
});

// The families against an exact reference: integers of 分 generated, amounts written from them.
const fen = (n: bigint) => Number(n) / 1e6;
const amountFen = fc.bigInt({ min: 1n, max: 10n ** 14n });

function family(id: string, params: Record<string, unknown>, facts: Facts): Seen[] {
  const out: Seen[] = [];
  FAMILIES[id]!.check(contextFor('T-1', 'national', facts, params as Record<string, number | string | boolean>, out));
  return out;
}

describe('amount-threshold: at the amount and one 分 on either side, and against an exact reference', () => {
  const base = { require: '/supervisor/name', what: '监理单位' };
  it('min inclusive (以上) fires at the amount; exclusive (超过) from one 分 past it', () => {
    const fires = (p: object, x: number) => family('amount-threshold', { ...base, ...p }, { money: { estimate: x } } as Facts).length > 0;
    expect([fires({ min: 100 }, 99.999999), fires({ min: 100 }, 100), fires({ min: 100 }, 100.000001)]).toEqual([false, true, true]);
    expect([fires({ min: 100, inclusive: false }, 100), fires({ min: 100, inclusive: false }, 100.000001)]).toEqual([false, true]);
    expect([fires({ max: 300 }, 299.999999), fires({ max: 300 }, 300), fires({ max: 300 }, 300.000001)]).toEqual([true, true, false]);
    expect([fires({ max: 300, inclusive: false }, 299.999999), fires({ max: 300, inclusive: false }, 300)]).toEqual([true, false]);
  });
  it('property: fires exactly when the total in 分 is on the limit’s side', () => {
    fc.assert(
      fc.property(amountFen, amountFen, fc.boolean(), fc.boolean(), (x, limit, useMin, inclusive) => {
        const p = { ...base, [useMin ? 'min' : 'max']: fen(limit), inclusive };
        const fired = family('amount-threshold', p, { money: { estimate: fen(x) } } as Facts).length > 0;
        const expected = useMin ? (inclusive ? x >= limit : x > limit) : inclusive ? x <= limit : x < limit;
        expect(fired).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('change-size: at the share and one 分 on either side, and against an exact reference', () => {
  const base = { procedure: '变更手续', overLimit: '重新立项' };
  it('inclusive (不超过): the share itself is within; exclusive (以内/（含）以上): it is over', () => {
    const sev = (inclusive: boolean, amount: number) => family('change-size', { ...base, limit: 0.1, inclusive }, { money: { approvedTotal: 186.5 }, changes: [change(amount)] } as Facts)[0]!.severity;
    expect([sev(true, 18.649999), sev(true, 18.65), sev(true, 18.650001)]).toEqual(['info', 'info', 'error']);
    expect([sev(false, 18.649999), sev(false, 18.65), sev(false, 18.650001)]).toEqual(['info', 'error', 'error']);
  });
  it('property: each cumulative change is over exactly when cumulative × 100 passes limit% × total, in 分', () => {
    fc.assert(
      fc.property(amountFen, fc.array(fc.bigInt({ min: 1n, max: 10n ** 13n }), { minLength: 1, maxLength: 4 }), fc.integer({ min: 1, max: 100 }), fc.boolean(), (total, parts, percent, inclusive) => {
        const seen = family('change-size', { ...base, limit: percent / 100, inclusive }, { money: { approvedTotal: fen(total) }, changes: parts.map((p) => change(fen(p))) } as Facts);
        let sum = 0n;
        const expected = parts.map((p) => {
          sum += p;
          const over = inclusive ? sum * 100n > BigInt(percent) * total : sum * 100n >= BigInt(percent) * total;
          return over ? 'error' : 'info';
        });
        expect(seen.map((x) => x.severity)).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('explain states the reading of each limit', () => {
  it.each([
    ['national', 'NAT-ESTIMATE-10', '恰为估算的 110% 不算超过'],
    ['jinhu', 'JH-CHANGE-10', '恰为总投资'],
    ['gulou', 'GL-CHANGE-10', '恰为总投资（批复总投资，无则概算、估算、匡算）的 10% 已超限'],
    ['jilin', 'JL-CHANGE-15', '概算总投资（money.budgetEstimate）的 15% 仍可'],
    ['bazhong', 'BZ-STAGES', '恰为 300 万元仍可合并'],
    ['bazhong', 'BZ-SCOPE-30W', '以上含本数'],
    ['gulou', 'GL-SUPERVISION-100W', '恰为 100 万元即须监理'],
  ] as [ProfileId, string, string][])('%s %s', (pid, id, words) => {
    expect(inForce(pid, id).rule.meta.reading?.zh).toContain(words);
  });
});
