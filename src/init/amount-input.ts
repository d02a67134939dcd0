import { findAmounts } from '../document/amounts.js';

// An amount typed at init's prompt, in the forms consultants write it: a bare number is 万元
// (1,234.56 or full-width １２３４.５６); with a unit it is read in that unit (1234.56万元, 12,345,600元,
// 0.12亿元, 大写). Anything else is refused with what to type.

export type AmountInput = { value: number; note: string } | { error: string };

const BARE = /^\d{1,3}(,\d{3})+(\.\d+)?$|^\d+(\.\d+)?$/;

export function readAmountInput(typed: string): AmountInput {
  const text = typed.normalize('NFKC').trim();
  const what = '请输入以万元计的金额，如 1234.56、1,234.56 或 1234.56万元（也可写 12,345,600元、0.12亿元）';
  if (text === '') return { error: what };
  if (BARE.test(text)) {
    const value = Number(text.replace(/,/g, ''));
    return value > 0 ? { value, note: `按 ${value} 万元记录` } : { error: `金额应当大于 0：${what}` };
  }
  const found = findAmounts(text);
  const [a] = found;
  if (found.length !== 1 || !a || a.start !== 0 || a.end !== text.length || a.approx !== null) return { error: `无法读作一个金额「${typed.trim()}」：${what}` };
  if (!(a.value > 0)) return { error: `金额应当大于 0：${what}` };
  return { value: a.value, note: /万元$/.test(text) ? `按 ${a.value} 万元记录` : `${a.raw} 按 ${a.value} 万元记录` };
}
