import { describe, expect, it } from 'vitest';
import { agrees, findAmounts, monthsOf } from './amounts.js';

const values = (s: string) => findAmounts(s).map((a) => [a.value, a.approx]);

describe('amounts in text', () => {
  it('reads every form consultants write, in 万元', () => {
    expect(values('项目总投资1,234.56万元，即1234.56 万元、12,345,600元、0.12亿元，约１２００万元。')).toEqual([
      [1234.56, null], [1234.56, null], [1234.56, null], [1200, null], [1200, 'about'],
    ]);
  });

  it('reads 大写 with 角 and 分, and ignores 万元 standing alone or a rate', () => {
    expect(values('人民币壹仟贰佰叁拾肆万伍仟陆佰元整（单位：万元），单价2.20万元/人月')).toEqual([[1234.56, null]]);
    expect(values('捌佰壹拾捌万叁仟元伍角陆分')).toEqual([[818.300056, null]]);
  });

  it('marks approximate amounts and compares them loosely; exact ones to the 分', () => {
    const [about, max, exact] = findAmounts('约1200万元，控制在1300万元以内，1234.56万元');
    expect([about!.approx, max!.approx, exact!.approx]).toEqual(['about', 'max', null]);
    expect(agrees(about!, 1234.56)).toBe(true); // within 5%
    expect(agrees(about!, 1300)).toBe(false);
    // 约1200 agrees with a true figure it is within 5% of, and no further: 1263.15 (diff 63.15 ≤ 63.1575), not 1263.17.
    expect(agrees(about!, 1263.15)).toBe(true);
    expect(agrees(about!, 1263.17)).toBe(false);
    expect(agrees(max!, 1300)).toBe(true);
    expect(agrees(max!, 1300.01)).toBe(false);
    expect(agrees(exact!, 1234.564)).toBe(true);
    expect(agrees(exact!, 1234.55)).toBe(false); // one 分 below
    expect(agrees(exact!, 1234.57)).toBe(false);
  });

  it('reads months in figures and Chinese numerals', () => {
    expect([monthsOf('12', '个月'), monthsOf('十八', '个月'), monthsOf('两', '年'), monthsOf('1.5', '年')]).toEqual([12, 18, 24, 18]);
  });
});
