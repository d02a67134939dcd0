import type { Rule } from './types.js';
import { compareAmounts, referenceTotal, wan } from '../model/money.js';

export const rule: Rule = {
  meta: {
    id: 'BZ-SCOPE-30W',
    kind: ['path'],
    severity: 'warning',
    title: { zh: '巴中：30 万元以上非涉密项目', en: 'Bazhong: non-secret projects from 300,000 yuan' },
    description: {
      zh: '本办法管理投资额度在 30 万元以上的新建、扩建及升级改造的非涉密信息化项目。',
      en: 'The regulation governs new, expanded or upgraded non-secret projects of at least 300,000 yuan.',
    },
    origin: 'bazhong',
    article: '第二条',
    params: { minimum: 30 },
    reading: {
      zh: '“投资额度在30万元以上”：以上含本数，恰为 30 万元属于管理范围，少 1 分不属于；以分为单位精确比较。',
      en: '"30 万元 or more" includes the number: exactly 30 万元 is governed, one fen less is not. Compared exactly in fen.',
    },
  },
  check(ctx) {
    const min = Number(ctx.params.minimum);
    const total = referenceTotal(ctx.facts);
    if (ctx.facts.classified) {
      ctx.report({ pointer: '/classified', zh: '涉密项目不属于本办法的管理范围', en: 'a classified project is outside this regulation' });
    }
    if (!total) {
      ctx.needs('/money', '项目投资额度，无法判断是否属于管理范围', 'the investment, so the scope cannot be told', ['/money/estimate']);
    } else if (compareAmounts(total.amount, min) < 0) {
      ctx.report({ pointer: total.pointer, zh: `${total.zh} ${wan(total.amount)} 万元低于 ${min} 万元，不属于本办法的管理范围`, en: `the ${total.en} of ${wan(total.amount)} is below ${min}: outside this regulation` });
    }
  },
};
