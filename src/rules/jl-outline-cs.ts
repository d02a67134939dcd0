import { outlineRule } from './lib/outline.js';

/** Expectations: the items of schemas/outlines/ whose x-rule is JL-OUTLINE-CS. */
export const rule = outlineRule({
  id: 'JL-OUTLINE-CS',
  severity: 'error',
  title: { zh: '吉林：初步设计方案和投资概算编制提纲', en: 'Jilin: design outline' },
  description: {
    zh: '初步设计方案和投资概算按附件3编制：九章及其主要内容（安全系统设计含密码应用设计方案）。',
    en: 'The design follows annex 3: nine chapters and their contents.',
  },
  origin: 'jilin',
  article: '附件3',
});
