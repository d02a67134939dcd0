import { pageOf } from '../document/model.js';
import { pick } from '../i18n/lang.js';
import type { Rule } from './types.js';
import { bySentence, documentStatements, fundingOff, quoteOf, statementAt } from './lib/statements.js';
import type { Statement } from './lib/statements.js';

export const rule: Rule = {
  meta: {
    id: 'DOC-AMOUNT-TWICE',
    kind: ['text', 'arith'],
    severity: 'error',
    title: { zh: '同一金额在文档中前后一致', en: 'An amount stated twice says the same' },
    description: {
      zh: '同一文档中两处写出同一项金额（如第一章和第八章的运行维护经费、没有事实可对照的费用或资金来源）时两处一致；在后一处报告并指出前一处。有 project.yaml 或估算表可对照的金额由 DOC-AMOUNT 逐处检查，所列来源之和不等于总投资的句子由 DOC-FUNDING-SUM 报告，此处不重复；写明“约、以内”等的近似金额不比较。',
      en: 'Where one document states the same amount twice (chapter 1 and chapter 8, an amount no fact states), both say the same; reported at the later place, naming the earlier. Amounts that a fact or the estimate table states are checked one by one by DOC-AMOUNT; approximate amounts are not compared.',
    },
    origin: null,
    article: '',
  },
  check(ctx) {
    for (const d of documentStatements(ctx)) {
      const first = new Map<string, Statement>();
      // A sentence whose sources do not add up is DOC-FUNDING-SUM's to report.
      const off = new Set(bySentence(d.statements).filter((s) => fundingOff(s)).flatMap((s) => s.map((x) => x.sentenceId)));
      for (const s of d.statements) {
        if (s.reference || s.amount.approx || off.has(s.sentenceId)) continue;
        const earlier = first.get(s.key);
        if (!earlier) {
          first.set(s.key, s);
          continue;
        }
        if (Math.abs(earlier.amount.value - s.amount.value) < 0.005) continue;
        const where = d.model.kind === 'docx' ? [`第 ${earlier.line} 段`, `paragraph ${earlier.line}`] : d.model.kind === 'pdf' ? [`第 ${pageOf(d.model.pageStarts ?? [], earlier.line)} 页`, `page ${pageOf(d.model.pageStarts ?? [], earlier.line)}`] : [`第 ${earlier.line} 行`, `line ${earlier.line}`];
        ctx.report({
          file: d.file,
          at: statementAt(d, s.line, s.column),
          zh: `「${s.label}」写作 ${s.amount.raw}，而${where[0]}写作 ${earlier.amount.raw}`,
          en: `"${s.label}" is written as ${s.amount.raw} here and as ${earlier.amount.raw} at ${where[1]}`,
          evidence: { quote: quoteOf(s), stated: s.amount.raw, expected: `${earlier.amount.raw}（${pick(ctx.lang, where[0]!, where[1]!)}）` },
        });
      }
    }
  },
};
