import { pick } from '../i18n/lang.js';
import type { Rule } from './types.js';
import { bySentence, documentStatements, fmtWan, fundingOff, quoteOf, statementAt } from './lib/statements.js';

export const rule: Rule = {
  meta: {
    id: 'DOC-FUNDING-SUM',
    kind: ['text', 'arith'],
    severity: 'error',
    title: { zh: '文档所列资金来源之和等于旁边的总投资', en: 'Funding sources in the text add up to the total beside them' },
    description: {
      zh: '一句话中写出总投资和两个以上资金来源时（如“项目总投资1234.56万元，其中省级财政资金1034.56万元、中央预算内投资200.00万元”），各来源之和等于该总投资。句中已有金额与 project.yaml 不符时由 DOC-AMOUNT 报告，此处不重复。',
      en: 'A sentence that states the total and two or more funding sources has them add up to that total. Where an amount of the sentence disagrees with project.yaml, DOC-AMOUNT reports it and this rule does not repeat it.',
    },
    origin: null,
    article: '',
  },
  check(ctx) {
    for (const d of documentStatements(ctx)) {
      for (const sentence of bySentence(d.statements)) {
        const off = fundingOff(sentence);
        if (!off) continue;
        const { total, sources, sum } = off;
        ctx.report({
          file: d.file,
          at: statementAt(d, total.line, total.column),
          zh: `所列资金来源（${sources.map((s) => s.label).join('、')}）之和为 ${fmtWan(sum)}，与同句的「${total.label}」${total.amount.raw}不符`,
          en: `the funding sources listed (${sources.map((s) => s.label).join(', ')}) add up to ${fmtWan(sum)}, not the ${total.label} of ${total.amount.raw} in the same sentence`,
          evidence: { quote: quoteOf(total), stated: total.amount.raw, expected: `${fmtWan(sum)}（${pick(ctx.lang, '各资金来源之和', 'the sum of the sources')}）` },
        });
      }
    }
  },
};
