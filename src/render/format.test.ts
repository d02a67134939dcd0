import { describe, expect, it } from 'vitest';
import { cnDate, daxie, daxieWan } from './format.js';
import { wan } from '../model/money.js';

describe('amounts on forms', () => {
  it('万元 with two decimals, or as many as the amount has up to 分', () => {
    expect([818.3, 0, 12.345, 186.5, 818.3456, 12345678.9, 0.000001, 1.0000004].map(wan)).toEqual(['818.30', '0.00', '12.345', '186.50', '818.3456', '12345678.90', '0.000001', '1.00']);
  });

  it('the figures and the 大写 denote the same sum, to the 分', () => {
    for (const [amount, words] of [[818.3456, '捌佰壹拾捌万叁仟肆佰伍拾陆元整'], [12345.67, '壹亿贰仟叁佰肆拾伍万陆仟柒佰元整'], [12345678.9, '壹仟贰佰叁拾肆亿伍仟陆佰柒拾捌万玖仟元整'], [0.000001, '壹分']] as const) {
      expect(daxieWan(amount)).toBe(words);
      // Back from the figures shown: the same number of 分.
      expect(Math.round(Number(wan(amount)) * 1e6)).toBe(Math.round(amount * 1e6));
    }
  });

  it('Chinese capitals, zeros and units as written on contracts', () => {
    expect(daxie(8183000)).toBe('捌佰壹拾捌万叁仟元整');
    expect(daxie(1005.3)).toBe('壹仟零伍元叁角');
    expect(daxie(100000000)).toBe('壹亿元整');
    expect(daxie(100010000)).toBe('壹亿零壹万元整');
    expect(daxie(10.05)).toBe('壹拾元零伍分');
    expect(daxie(0.5)).toBe('伍角');
    expect(daxie(0)).toBe('零元整');
    expect(daxie(1020304.56)).toBe('壹佰零贰万零叁佰零肆元伍角陆分');
    expect(daxie(60000)).toBe('陆万元整');
  });

  it('万元 to capitals is exact in cents', () => {
    expect(daxieWan(818.3)).toBe('捌佰壹拾捌万叁仟元整');
    expect(daxieWan(186.5)).toBe('壹佰捌拾陆万伍仟元整');
    expect(daxieWan(0.01)).toBe('壹佰元整');
  });

  it('dates in Chinese', () => {
    expect(cnDate('2026-09-24')).toBe('2026年9月24日');
  });
});
