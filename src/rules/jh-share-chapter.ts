import { outlineRule } from './lib/outline.js';

/** Expectations: the items of schemas/outlines/ whose x-rule is JH-SHARE-CHAPTER. */
export const rule = outlineRule({
  id: 'JH-SHARE-CHAPTER',
  severity: 'error',
  title: { zh: '金湖：数据资源共享分析专篇', en: 'Jinhu: data-sharing chapter' },
  description: {
    zh: '可研和初设包含数据资源共享分析专篇（章）；数据资源目录编制是审批的必备条件。',
    en: 'Feasibility studies and designs contain a data-sharing chapter; the data catalogue is a condition of approval.',
  },
  origin: 'jinhu',
  article: '第十四条、第十五条',
});
