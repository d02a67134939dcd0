import type { Rule } from './types.js';

export const rule: Rule = {
  meta: {
    id: 'BZ-OM-3Y',
    kind: ['time'],
    severity: 'error',
    title: { zh: '巴中：运维服务合同不超过 3 年', en: 'Bazhong: O&M contracts of at most 3 years' },
    description: {
      zh: '运维服务合同期限原则上不超过 3 年，按年度签订。',
      en: 'An O&M service contract runs at most three years, signed year by year.',
    },
    origin: 'bazhong',
    article: '第三十八条',
    stage: '建设实施',
    params: { months: 36 },
  },
  check(ctx) {
    if (ctx.facts.category !== '运维类') return;
    const months = ctx.facts.contractMonths;
    if (months === undefined) {
      ctx.needs('/category', '运维服务合同期限（contractMonths）', 'the O&M contract term (contractMonths)');
    } else if (months > Number(ctx.params.months)) {
      ctx.report({ pointer: '/contractMonths', zh: `运维服务合同期限 ${months} 个月，超过 ${ctx.params.months} 个月`, en: `an O&M contract of ${months} months exceeds ${ctx.params.months}` });
    }
  },
};
