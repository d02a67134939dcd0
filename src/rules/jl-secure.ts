import { outlineRule } from './lib/outline.js';

/** Expectations: the items of schemas/outlines/ whose x-rule is JL-SECURE. */
export const rule = outlineRule({
  id: 'JL-SECURE',
  severity: 'error',
  title: { zh: '吉林：网络安全、密码和安全可靠', en: 'Jilin: security, cryptography, reliable products' },
  description: {
    zh: '同步规划、同步建设、同步运行密码保障系统；报批阶段对产品的安全可靠情况进行说明。',
    en: 'Cryptography is planned, built and run with the system; product reliability is explained at approval.',
  },
  origin: 'jilin',
  article: '第十六条至第十八条',
});
