/** How amounts and dates appear on a form. */

const DIGITS = '零壹贰叁肆伍陆柒捌玖';
const SMALL = ['', '拾', '佰', '仟'];
const BIG = ['', '万', '亿', '万亿'];

/** A group of four digits in capitals, without leading zeros ("0305" → "零叁佰零伍"). */
function group(n: number): string {
  let out = '';
  let zero = false;
  for (let i = 3; i >= 0; i--) {
    const d = Math.floor(n / 10 ** i) % 10;
    if (d === 0) zero = out !== '';
    else {
      if (zero) out += '零';
      out += DIGITS[d]! + SMALL[i]!;
      zero = false;
    }
  }
  return out;
}

/**
 * An amount in 元 written in Chinese capitals as on a cheque or a contract:
 * 8183000 → "捌佰壹拾捌万叁仟元整", 1005.3 → "壹仟零伍元叁角". Computed in cents, exactly.
 */
export function daxie(yuan: number): string {
  const cents = Math.round(yuan * 100);
  if (cents < 0) return `负${daxie(-yuan)}`;
  const whole = Math.floor(cents / 100);
  const jiao = Math.floor(cents / 10) % 10;
  const fen = cents % 10;
  let int = '';
  if (whole > 0) {
    const groups: number[] = [];
    for (let n = whole; n > 0; n = Math.floor(n / 10000)) groups.push(n % 10000);
    let needZero = false;
    for (let g = groups.length - 1; g >= 0; g--) {
      const v = groups[g]!;
      if (v === 0) {
        needZero = int !== '';
        continue;
      }
      if (int !== '' && (needZero || v < 1000)) int += '零';
      int += group(v) + BIG[g]!;
      needZero = false;
    }
    int += '元';
  }
  if (jiao === 0 && fen === 0) return whole === 0 ? '零元整' : `${int}整`;
  const dec = (jiao > 0 ? `${DIGITS[jiao]}角` : whole > 0 ? '零' : '') + (fen > 0 ? `${DIGITS[fen]}分` : '');
  return int + dec;
}

/** 万元 in capitals: 818.3 → "捌佰壹拾捌万叁仟元整". */
export const daxieWan = (amount: number): string => daxie(Math.round(amount * 1000000) / 100);

/** 2026-09-24 → "2026年9月24日". */
export function cnDate(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}
