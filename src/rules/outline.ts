import { outlineRule } from './lib/outline.js';

/** Expectations: the items of schemas/outlines/ whose x-rule is OUTLINE. */
export const rule = outlineRule({
  id: 'OUTLINE',
  severity: 'error',
  title: { zh: '文档章节齐全', en: 'Documents have their chapters' },
  description: {
    zh: '项目建议书、可行性研究报告、初步设计方案等按通行编制提纲包含各章；缺章为错误，顺序不符为警告。',
    en: 'Proposals, feasibility studies and designs hold the usual chapters; a missing chapter is an error, one out of order a warning.',
  },
  origin: null,
  article: '',
});
