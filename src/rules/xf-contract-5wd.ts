import type { Rule } from './types.js';
import { filedWithinWorkdays } from './lib/windows.js';

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
    stage: '建设实施',
    params: { workdays: 5 },
  },
  check(ctx) {
    filedWithinWorkdays(ctx, 'contractSigned', 'contractFiled', { zh: '合同', en: 'the contract', fromZh: '合同签订', fromEn: 'signed' });
  },
};
