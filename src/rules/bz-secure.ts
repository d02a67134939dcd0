import { outlineRule } from './lib/outline.js';

/** Expectations: the items of schemas/outlines/ whose x-rule is BZ-SECURE. */
export const rule = outlineRule({
  id: 'BZ-SECURE',
  severity: 'error',
  title: { zh: '巴中：安全可靠、密码应用和能效', en: 'Bazhong: reliable products, cryptography, energy' },
  description: {
    zh: '报批阶段对产品的安全可靠情况进行说明；密码应用、安全审查和能源利用效率是验收的重要内容。',
    en: 'Product reliability is explained at approval; cryptography, security review and energy efficiency are checked at acceptance.',
  },
  origin: 'bazhong',
  article: '第四十五条、第四十六条',
});
