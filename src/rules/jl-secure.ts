import type { Rule } from './types.js';
import { requireTopics } from './lib/topics.js';

// 附件1–3 list no 密码 or 安全可靠 section; the articles ask for them at the approval stage, in whichever document.
export const rule: Rule = {
  meta: {
    id: 'JL-SECURE',
    kind: ['outline'],
    severity: 'error',
    title: { zh: '吉林：报批时说明密码应用和产品安全可靠情况', en: 'Jilin: cryptography and product reliability explained for approval' },
    description: {
      zh: '同步规划、同步建设、同步运行密码保障系统（第十七条）；报批阶段对软硬件产品的安全可靠情况进行说明（第十八条）。可在项目建议书、可研或初设任一文件中说明，或另附说明。',
      en: 'Cryptography is planned, built and run with the system (art. 17); product reliability is explained at approval (art. 18), in any approval document or a note of its own.',
    },
    origin: 'jilin',
    article: '第十七条、第十八条',
    stage: '立项审批',
  },
  check(ctx) {
    requireTopics(ctx, [
      { zh: '密码应用方案', en: 'the use of cryptography', match: /密码/, article: '第十七条' },
      { zh: '软硬件产品的安全可靠情况', en: 'how reliable the products are', match: /安全可靠/, article: '第十八条' },
    ]);
  },
};
