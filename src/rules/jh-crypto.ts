import { outlineRule } from './lib/outline.js';

/** Expectations: the items of schemas/outlines/ whose x-rule is JH-CRYPTO. */
export const rule = outlineRule({
  id: 'JH-CRYPTO',
  severity: 'error',
  title: { zh: '金湖：密码、网络安全和安全可靠', en: 'Jinhu: cryptography, security, reliable products' },
  description: {
    zh: '密码保障系统和网络安全同步规划、同步建设、同步运行；报批阶段说明产品安全可靠性；落实等级保护。',
    en: 'Cryptography and security are planned, built and run with the system; product reliability is explained at approval; graded protection.',
  },
  origin: 'jinhu',
  article: '第二十二条、第二十三条',
});
