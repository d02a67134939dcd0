import { describe, expect, it } from 'vitest';
import { cnDate, daxie, daxieWan, wan } from './format.js';

describe('amounts on forms', () => {
  it('万元 with two decimals', () => {
    expect([818.3, 0, 12.345, 186.5].map(wan)).toEqual(['818.30', '0.00', '12.35', '186.50']);
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
