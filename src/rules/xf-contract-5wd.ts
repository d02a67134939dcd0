import type { Rule } from './types.js';

export const rule: Rule = {
  meta: {
    id: 'XF-CONTRACT-5WD',
    kind: ['time'],
    severity: 'error',
    title: { zh: '襄汾：合同签订 5 个工作日内备案', en: 'Xiangfen: contract filed within 5 working days' },
    description: {
      zh: '项目实施单位在签订正式合同 5 个工作日内，将合同文本报县政务信息化主管部门备案。',
      en: 'The contract is filed with the county authority within five working days of signing.',
    },
    origin: 'xiangfen',
    article: '第十八条',
    params: { workdays: 5 },
  },
  check(ctx) {
    const d = ctx.facts.dates ?? {};
    if (!d.contractSigned) return;
    const n = Number(ctx.params.workdays);
    const { day: deadline, covered } = ctx.calendar.addWorkdays(d.contractSigned, n);
    if (!covered) {
      ctx.uncovered(deadline, '/dates/contractSigned');
      return;
    }
    if (d.contractFiled ? d.contractFiled > deadline : ctx.asOf > deadline) {
      ctx.report({
        pointer: d.contractFiled ? '/dates/contractFiled' : '/dates/contractSigned',
        zh: `合同于 ${d.contractSigned} 签订，应在 ${n} 个工作日内（${deadline} 前）备案，${d.contractFiled ? `实际 ${d.contractFiled}` : '尚未备案'}`,
        en: `contract signed ${d.contractSigned} is filed within ${n} working days (by ${deadline}); ${d.contractFiled ? `filed ${d.contractFiled}` : 'not filed'}`,
      });
    }
  },
};
