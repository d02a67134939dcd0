import nzhcn from 'nzh/cn';

/** A money amount written in a document's text. */
export interface Amount {
  /** In 万元. */
  value: number;
  /** As written: `1,234.56万元`, `壹仟贰佰叁拾肆万伍仟陆佰元整`. */
  raw: string;
  /** Where it starts and ends in the text (UTF-16 offsets). */
  start: number;
  end: number;
  /** `about`: 约、近、左右…; `max`: 以内、以下、不超过…; null: exact. */
  approx: 'about' | 'max' | null;
}

const FULL = /[０-９．]/g;
const half = (s: string): string => s.replace(FULL, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

// Digits with or without thousands separators, a decimal part, then the unit. A rate (万元/人月) is not an amount.
const ARABIC = /(?<![\d０-９.．])((?:[0-9０-９]{1,3}(?:,[0-9０-９]{3})+|[0-9０-９]+)(?:[.．][0-9０-９]+)?)\s*(亿元|万元|元)(?!\s*[/／每])/g;
// 大写 as on a cheque: 人民币壹仟贰佰叁拾肆万伍仟陆佰元整, with 角 and 分.
const CAPITAL = /(?:人民币)?((?=[零壹贰叁肆伍陆柒捌玖拾])[零壹贰叁肆伍陆柒捌玖拾佰仟万亿]+)[元圆](?:([零壹贰叁肆伍陆柒捌玖])角)?(?:([零壹贰叁肆伍陆柒捌玖])分)?[整正]?/g;
const CAPITAL_DIGIT = '零壹贰叁肆伍陆柒捌玖';

const ABOUT_BEFORE = /(?:约|近|大约|接近|将近|预计约)$/;
const MAX_BEFORE = /(?:不超过|不高于|控制在|最高)$/;
const ABOUT_AFTER = /^(?:左右|上下|余)/;
const MAX_AFTER = /^(?:以内|以下|之内)/;

const UNIT: Record<string, number> = { 亿元: 10000, 万元: 1, 元: 0.0001 };

/** Round to the 分 (six decimals of 万元), so 12,345,600元 is exactly 1234.56. */
const toWan = (yuan: number, per: number): number => Math.round(yuan * per * 1e6) / 1e6;

function approxOf(text: string, start: number, end: number): Amount['approx'] {
  const before = text.slice(Math.max(0, start - 4), start).replace(/[为是：:\s]+$/, '');
  const after = text.slice(end, end + 3);
  if (MAX_BEFORE.test(before) || MAX_AFTER.test(after)) return 'max';
  if (ABOUT_BEFORE.test(before) || ABOUT_AFTER.test(after)) return 'about';
  return null;
}

/** Every money amount in a line of text, in order: Arabic figures in 元, 万元 or 亿元 (full-width too), and 大写. */
export function findAmounts(text: string): Amount[] {
  // Most paragraphs name no money at all.
  if (!text.includes('元') && !text.includes('圆')) return [];
  const out: Amount[] = [];
  for (const m of /[0-9０-９]/.test(text) ? text.matchAll(ARABIC) : []) {
    const n = Number(half(m[1]!).replace(/,/g, ''));
    if (!Number.isFinite(n)) continue;
    const start = m.index!;
    const end = start + m[0].length;
    out.push({ value: toWan(n, UNIT[m[2]!]!), raw: m[0], start, end, approx: approxOf(text, start, end) });
  }
  for (const m of /[壹贰叁肆伍陆柒捌玖拾]/.test(text) ? text.matchAll(CAPITAL) : []) {
    const int = Number(nzhcn.decodeB(m[1]!));
    if (!Number.isFinite(int)) continue;
    const jiao = m[2] ? CAPITAL_DIGIT.indexOf(m[2]) : 0;
    const fen = m[3] ? CAPITAL_DIGIT.indexOf(m[3]) : 0;
    const start = m.index!;
    const end = start + m[0].length;
    out.push({ value: toWan(int + jiao / 10 + fen / 100, 0.0001), raw: m[0], start, end, approx: approxOf(text, start, end) });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** How far an approximate amount may be from the true one: 约/近/左右 within 5%; 以内/不超过 at most. */
export const ABOUT_TOLERANCE = 0.05;

/** Whether a stated amount agrees with the one it should be: to the 分, or loosely when the text says it is approximate. */
export function agrees(stated: Amount, expected: number): boolean {
  if (stated.approx === 'max') return expected <= stated.value + 0.000001;
  if (stated.approx === 'about') return Math.abs(stated.value - expected) <= Math.abs(expected) * ABOUT_TOLERANCE + 0.000001;
  return Math.abs(stated.value - expected) < 0.005;
}

/** A number of months written in figures or Chinese numerals (`12个月`, `十八个月`, `两年`, `1.5年`), or null. */
export function monthsOf(count: string, unit: string): number | null {
  const t = half(count).replace(/两/g, '二');
  const n = /^\d+(?:\.\d+)?$/.test(t) ? Number(t) : Number(nzhcn.decodeS(t));
  if (!Number.isFinite(n) || n <= 0) return null;
  return /年/.test(unit) ? n * 12 : n;
}
