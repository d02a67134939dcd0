import type { Rule } from './types.js';
import { compareAmounts, referenceTotal, wan } from '../model/money.js';

export const rule: Rule = {
  meta: {
    id: 'GL-SUPERVISION-100W',
    kind: ['path', 'arith'],
    severity: 'error',
    title: { zh: '鼓楼：100 万元以上须监理，监理费计入总投资', en: 'Gulou: supervision from 1 million yuan' },
    description: {
      zh: '总投资 100 万元及以上的项目须实行监理，监理费用纳入项目总预算。',
      en: 'A project of 1 million yuan or more must be supervised, with the supervision fee inside the total budget.',
    },
    origin: 'gulou',
    article: '第十九条',
    stage: '招标采购',
    params: { threshold: 100 },
    reading: {
      zh: '“投资额100万元及以上”：恰为 100 万元即须监理，少 1 分不须；以分为单位精确比较。',
      en: '"1 million yuan or more": exactly 100 万元 needs supervision, one fen less does not. Compared exactly in fen.',
    },
  },
  check(ctx) {
    const threshold = Number(ctx.params.threshold);
    const total = referenceTotal(ctx.facts);
    if (!total || compareAmounts(total.amount, threshold) < 0) return;
    const why = `${total.zh} ${wan(total.amount)} 万元不低于 ${threshold} 万元`;
    const whyEn = `the ${total.en} of ${wan(total.amount)} is at least ${threshold}`;
    if (!ctx.facts.supervisor) {
      ctx.report({ pointer: total.pointer, zh: `${why}，须确定监理单位（supervisor）`, en: `${whyEn}: a supervisor is required` });
    }
    if (ctx.facts.money?.supervisionFee === undefined) {
      ctx.report({ pointer: total.pointer, zh: `${why}，监理费（money.supervisionFee）须计入总投资`, en: `${whyEn}: the supervision fee must be inside the total` });
      return;
    }
    const table = ctx.table('investment-estimate');
    if (table && table.data.rows.length > 0 && !table.data.rows.some((r) => String(r.name ?? '').includes('监理'))) {
      ctx.report({ file: table.file, pointer: '/rows', zh: '项目总投资估算表中没有监理费一项', en: 'the investment estimate table has no supervision fee row' });
    }
  },
};
