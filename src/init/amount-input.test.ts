import { describe, expect, it } from 'vitest';
import { readAmountInput } from './amount-input.js';

describe('an amount typed at init', () => {
  it('reads a bare number as 万元, with thousands separators or full-width digits, and says so', () => {
    expect(readAmountInput('1,234.56')).toEqual({ value: 1234.56, note: '按 1234.56 万元记录' });
    expect(readAmountInput('１２３４.５６')).toEqual({ value: 1234.56, note: '按 1234.56 万元记录' });
    expect(readAmountInput(' 1260 ')).toEqual({ value: 1260, note: '按 1260 万元记录' });
  });

  it('reads an amount with its unit in that unit: 万元, 元, 亿元 and 大写', () => {
    expect(readAmountInput('1234.56万元')).toEqual({ value: 1234.56, note: '按 1234.56 万元记录' });
    expect(readAmountInput('1,234.56 万元')).toMatchObject({ value: 1234.56 });
    expect(readAmountInput('12,345,600元')).toEqual({ value: 1234.56, note: '12,345,600元 按 1234.56 万元记录' });
    expect(readAmountInput('0.12亿元')).toMatchObject({ value: 1200 });
    expect(readAmountInput('壹仟贰佰叁拾肆万伍仟陆佰元整')).toMatchObject({ value: 1234.56 });
  });

  it('refuses what is not one amount, saying what to type', () => {
    for (const bad of ['abc', '12a', '-5', '0', '1,23.4', '约1200万元', '1200万元和300万元']) {
      expect(readAmountInput(bad)).toEqual({ error: expect.stringMatching(/请输入以万元计的金额，如 1234\.56、1,234\.56 或 1234\.56万元/) });
    }
  });
});
