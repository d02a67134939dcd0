import { outlineRule } from './lib/outline.js';

/** Expectations: the items of schemas/outlines/ whose x-rule is JL-SHARE-CHAPTER. */
export const rule = outlineRule({
  id: 'JL-SHARE-CHAPTER',
  severity: 'error',
  title: { zh: '吉林：信息资源共享分析篇章', en: 'Jilin: resource-sharing chapter' },
  description: {
    zh: '可研报告、初步设计方案应当包括信息资源共享分析篇章。',
    en: 'Feasibility studies and designs contain a resource-sharing analysis chapter.',
  },
  origin: 'jilin',
  article: '第十三条',
});
