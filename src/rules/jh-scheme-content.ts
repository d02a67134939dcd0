import { outlineRule } from './lib/outline.js';

/** Expectations: the items of schemas/outlines/ whose x-rule is JH-SCHEME-CONTENT. */
export const rule = outlineRule({
  id: 'JH-SCHEME-CONTENT',
  severity: 'error',
  title: { zh: '金湖：建设方案内容', en: 'Jinhu: contents of the scheme' },
  description: {
    zh: '建设方案应当包含数据资源共享、网络和数据安全、密码应用实施以及软硬件产品的安全可靠情况等内容。',
    en: 'The scheme covers data sharing, network and data security, cryptography and product reliability.',
  },
  origin: 'jinhu',
  article: '第十二条',
});
