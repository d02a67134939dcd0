import type { Rule } from './types.js';
import { classifyChanges } from './lib/change.js';

export const rule: Rule = {
  meta: {
    id: 'JH-CHANGE-10',
    kind: ['arith', 'path'],
    severity: 'error',
    title: { zh: '金湖：变更不超过总投资 10%，品牌不变', en: 'Jinhu: changes within 10%, brands unchanged' },
    description: {
      zh: '实施中确需变更的：涉及金额不超过项目总投资的 10%；合同确定的软硬件品牌不得变更；软硬件设备变更须经专家论证；报县数据局批复后报县发改委。',
      en: 'A change must stay within 10% of the total, keep the contracted brands, have hardware/software changes reviewed by experts, and be approved by the data bureau, then the development commission.',
    },
    origin: 'jinhu',
    article: '第二十一条',
    stage: '建设实施',
    params: { limit: 0.1, inclusive: true },
    reading: {
      zh: '“不得超过项目总投资的10%”：变更累计恰为总投资（批复总投资，无则概算、估算、匡算）的 10% 仍在限内，多 1 分即超限；以分为单位精确比较。',
      en: '"may not exceed 10% of the total": changes adding up to exactly 10% of the total (approved, else budget estimate, estimate, rough estimate) are within; one fen more is over. Compared exactly in fen.',
    },
  },
  check(ctx) {
    classifyChanges(
      ctx,
      { zh: '按变更程序办理：变更请示和专家论证意见书面报县数据局批复，批复及变更材料报县发改委办理立项变更', en: 'change procedure: request and expert opinion to the data bureau for approval, then to the development commission' },
      { zh: '本办法不允许超过 10% 的变更', en: 'changes over 10% are not allowed' },
      (i) => {
        const c = ctx.facts.changes![i]!;
        if (c.brandsChanged) {
          ctx.report({ pointer: `/changes/${i}/brandsChanged`, zh: '合同确定的软硬件设备品牌不得变更', en: 'the contracted hardware and software brands may not change' });
        }
        if (c.expertReviewed === false) {
          ctx.report({ pointer: `/changes/${i}/expertReviewed`, zh: '软硬件设备变更须经项目实施单位组织的专家论证', en: 'hardware and software changes need an expert review' });
        }
      },
    );
  },
};
