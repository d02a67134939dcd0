import type { Rule } from './types.js';
import { planYear } from './lib/stages.js';

export const rule: Rule = {
  meta: {
    id: 'GL-PLAN-Q3',
    kind: ['time'],
    severity: 'error',
    title: { zh: '鼓楼：第三季度申报下一年度计划', en: 'Gulou: next year\'s plan in the third quarter' },
    description: {
      zh: '每年第三季度，各部门集中申报下一年度政务信息化项目建设及运维计划。',
      en: 'Departments file next year\'s plan in the third quarter.',
    },
    origin: 'gulou',
    article: '第八条',
  },
  check(ctx) {
    const filed = ctx.facts.dates?.planFiled;
    if (!filed) return;
    const year = planYear(ctx, filed);
    const from = `${year - 1}-07-01`;
    const to = `${year - 1}-09-30`;
    ctx.deadline({ day: from, limit: 'notBefore', zh: `${year} 年度计划申报（第三季度）`, en: `${year} plan filed (third quarter)`, event: 'planFiled' });
    ctx.deadline({ day: to, limit: 'by', zh: `${year} 年度计划申报（第三季度）`, en: `${year} plan filed (third quarter)`, event: 'planFiled' });
    if (filed < from || filed > to) {
      ctx.report({ pointer: '/dates/planFiled', zh: `${year} 年度计划应在第三季度（${from} 至 ${to}）申报，实际 ${filed}`, en: `the ${year} plan is filed in the third quarter (${from} to ${to}); filed ${filed}` });
    }
  },
};
