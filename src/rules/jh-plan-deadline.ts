import type { Rule } from './types.js';
import { planYear } from './lib/stages.js';

export const rule: Rule = {
  meta: {
    id: 'JH-PLAN-DEADLINE',
    kind: ['time'],
    severity: 'error',
    title: { zh: '金湖：9月30日前申报下一年度计划', en: 'Jinhu: next year\'s plan by 30 September' },
    description: {
      zh: '项目实施单位在每年 9 月 30 日前填报计划申报表（附件1），申报下一年度计划。',
      en: 'Units file next year\'s plan (form 1) by 30 September.',
    },
    origin: 'jinhu',
    article: '第七条',
    params: { deadline: '09-30' },
  },
  check(ctx) {
    const filed = ctx.facts.dates?.planFiled;
    if (!filed) return;
    const year = planYear(ctx, filed);
    const deadline = `${year - 1}-${String(ctx.params.deadline)}`;
    ctx.deadline({ day: deadline, limit: 'by', zh: `${year} 年度计划申报`, en: `${year} plan filed`, event: 'planFiled' });
    if (filed > deadline) {
      ctx.report({ pointer: '/dates/planFiled', zh: `${year} 年度计划应在 ${deadline} 前申报，实际 ${filed}`, en: `the ${year} plan was due by ${deadline}; filed ${filed}` });
    }
  },
};
