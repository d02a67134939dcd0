import { addDays, addMonths } from '../calendar/dates.js';
import type { Day } from '../calendar/dates.js';
import { monthsOf } from '../document/amounts.js';
import type { Rule } from './types.js';
import { documentStatements, quote, statementAt } from './lib/statements.js';

const MONTHS = /建设(?:周)?期(?:为|是|共|[：:])?\s*(约)?\s*([0-9０-９.]+|[一二三四五六七八九十两]+)\s*(个自然月|个月|年)/g;
const DATE = String.raw`(\d{4})\s*(?:年|-|\.|/)\s*(\d{1,2})(?:\s*(?:月|-|\.|/)\s*(\d{1,2})\s*日?|\s*月)?`;
const RANGE = new RegExp(String.raw`建设(?:周)?期(?:为|是|[：:])?\s*(?:自|从)?\s*${DATE}\s*(?:起)?\s*(?:至|到|—|－|-|~|～)\s*${DATE}`, 'g');

/** Whole months from the start to the end day, rounded to the nearest: 2024-07-15 … 2025-10-31 is 15.5, so 16. */
export function monthsBetween(start: Day, end: Day): number {
  const after = addDays(end, 1);
  let n = 0;
  while (addMonths(start, n + 1) <= after) n++;
  const from = addMonths(start, n);
  const next = addMonths(start, n + 1);
  const part = (Date.parse(after) - Date.parse(from)) / (Date.parse(next) - Date.parse(from));
  return n + part;
}

const two = (s: string | undefined): string | undefined => (s === undefined ? undefined : s.padStart(2, '0'));
/** A written day against a fact, to the precision written (2024年7月 agrees with 2024-07-15). */
const sameDay = (y: string, m: string | undefined, d: string | undefined, fact: Day): boolean =>
  fact.startsWith(`${y}-${two(m) ?? ''}`.replace(/-$/, '')) && (d === undefined || fact.slice(8) === two(d));

export const rule: Rule = {
  meta: {
    id: 'DOC-PERIOD',
    kind: ['text'],
    severity: 'warning',
    title: { zh: '文档写明的建设期与计划日期一致', en: 'The construction period in the documents matches the dates' },
    description: {
      zh: '文档写明的建设期月数（“建设期12个月”“建设期为两年”）与 project.yaml 的开工至完工日期相差不超过 1 个月；写明起止日期的（“建设期自2024年7月至2025年10月”）与开工、完工日期一致（按写出的精度比较）。两者都有时才检查。',
      en: 'A construction period stated in months (建设期12个月) is within one month of project.yaml\'s start to end dates; one stated as from and to dates equals them, to the precision written. Checked where both exist.',
    },
    origin: null,
    article: '',
  },
  check(ctx) {
    const { constructionStart: start, constructionEnd: end } = ctx.facts.dates ?? {};
    if (!start || !end) return;
    const months = monthsBetween(start, end);
    for (const d of documentStatements(ctx)) {
      for (const p of d.model.body) {
        if (!/建设周?期/.test(p.text)) continue;
        for (const m of p.text.matchAll(MONTHS)) {
          const stated = monthsOf(m[2]!, m[3]!);
          if (stated === null || Math.abs(stated - months) <= 1) continue;
          ctx.report({
            file: d.file, at: statementAt(d, p.line, m.index! + 1),
            zh: `建设期写作「${m[0]}」，project.yaml 的开工至完工（${start} 至 ${end}）约 ${months.toFixed(1)} 个月`,
            en: `the construction period is written "${m[0]}"; project.yaml's start to end (${start} to ${end}) is about ${months.toFixed(1)} months`,
            evidence: { quote: quote(p.text), stated: m[0], expected: `${start} 至 ${end}（${months.toFixed(1)} 个月）` },
          });
        }
        for (const m of p.text.matchAll(RANGE)) {
          if (sameDay(m[1]!, m[2], m[3], start) && sameDay(m[4]!, m[5], m[6], end)) continue;
          ctx.report({
            file: d.file, at: statementAt(d, p.line, m.index! + 1),
            zh: `建设期写作「${m[0]}」，project.yaml 的开工、完工日期为 ${start} 至 ${end}`,
            en: `the construction period is written "${m[0]}"; project.yaml's start and end are ${start} to ${end}`,
            evidence: { quote: quote(p.text), stated: m[0], expected: `${start} 至 ${end}` },
          });
        }
      }
    }
  },
};
