import type { Rule } from './types.js';
import { reached } from './lib/stages.js';

export const rule: Rule = {
  meta: {
    id: 'JH-FREE-OM-1Y',
    kind: ['time'],
    severity: 'error',
    title: { zh: '金湖：免费运维期不少于 1 年', en: 'Jinhu: at least one year of free O&M' },
    description: {
      zh: '建设类项目在政府采购文件和合同中明确质保和免费运维期，免费运维期原则上自竣工验收合格之日起不少于 1 年。',
      en: 'Construction projects state warranty and free O&M in the procurement documents and contract: at least one year from acceptance.',
    },
    origin: 'jinhu',
    article: '第二十四条',
    stage: '建设实施',
    params: { months: 12 },
  },
  check(ctx) {
    if (ctx.facts.category !== '建设类' || !reached(ctx, '招标采购')) return;
    const months = ctx.facts.freeMaintenanceMonths;
    const min = Number(ctx.params.months);
    if (months === undefined) {
      ctx.needs('/stage', '免费运维期（freeMaintenanceMonths）', 'the free O&M period (freeMaintenanceMonths)');
    } else if (months < min) {
      ctx.report({ pointer: '/freeMaintenanceMonths', zh: `免费运维期 ${months} 个月，少于 ${min} 个月`, en: `free O&M of ${months} months is under ${min}` });
    }
  },
};
