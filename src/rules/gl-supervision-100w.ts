import type { Rule } from './types.js';
import { fmt, referenceTotal } from '../model/money.js';

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
  },
  check(ctx) {
    const threshold = Number(ctx.params.threshold);
    const total = referenceTotal(ctx.facts);
    if (!total || total.amount < threshold) return;
    const why = `${total.zh} ${fmt(total.amount)} 万元不低于 ${threshold} 万元`;
    const whyEn = `the ${total.en} of ${fmt(total.amount)} is at least ${threshold}`;
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
