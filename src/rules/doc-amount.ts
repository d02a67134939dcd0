import { pick } from '../i18n/lang.js';
import type { Rule } from './types.js';
import { agrees, documentStatements, fmtWan, quoteOf, statementAt } from './lib/statements.js';

export const rule: Rule = {
  meta: {
    id: 'DOC-AMOUNT',
    kind: ['text', 'arith'],
    severity: 'error',
    title: { zh: '文档所写金额与事实和附表一致', en: 'Amounts in the documents agree with the facts and tables' },
    description: {
      zh: '文档正文写出的总投资（项目建议书为匡算、可研为估算、初设为概算）、估算表的费用类别和各项费用、各资金来源、合同金额和监理费，与 project.yaml 和本阶段的估算表（tables/ 中本阶段的估算表，没有时为文档自带的估算表）一致，精确到分；写明“约、近、左右”的金额相差不超过 5%，写明“以内、以下、不超过”的金额不小于应有金额。',
      en: 'The total a document states (a proposal its rough estimate, a feasibility study its estimate, a design its budget estimate), the estimate table\'s parts and lines, each funding source, the contract amount and the supervision fee agree with project.yaml and the estimate table of the document\'s stage (that of tables/, else the document\'s own), to the fen; an amount marked 约/近/左右 within 5%, one marked 以内/以下/不超过 no less than the true figure.',
    },
    // The package's own numbers against each other; no article to cite.
    origin: null,
    article: '',
  },
  check(ctx) {
    for (const d of documentStatements(ctx)) {
      for (const s of d.statements) {
        const ref = s.reference;
        if (!ref || agrees(s.amount, ref.amount)) continue;
        const expected = fmtWan(ref.amount);
        ctx.report({
          file: d.file,
          at: statementAt(d, s.line, s.column),
          zh: `「${s.label}」写作 ${s.amount.raw}，${ref.zh}为 ${expected}`,
          en: `"${s.label}" is written as ${s.amount.raw}; ${ref.en} is ${expected}`,
          evidence: { quote: quoteOf(s), stated: s.amount.raw, expected: `${expected}（${pick(ctx.lang, ref.zh, ref.en)}）` },
        });
      }
    }
  },
};
