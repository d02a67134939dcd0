import { outlineRule } from './lib/outline.js';

/** Expectations: the items of schemas/outlines/ whose x-rule is NAT-SHARE-CHAPTER. */
export const rule = outlineRule({
  id: 'NAT-SHARE-CHAPTER',
  severity: 'error',
  title: { zh: '信息资源共享分析章节', en: 'Resource-sharing chapter' },
  description: {
    zh: '可行性研究报告和初步设计方案应当包括信息资源共享分析篇（章）。',
    en: 'Feasibility studies and designs contain a resource-sharing analysis chapter.',
  },
  origin: '国家政务信息化项目建设管理办法（国办发〔2019〕57号）',
  article: '（信息共享；金湖 第十四条、吉林 第十三条重述）',
  restatedBy: { jinhu: '第十四条', jilin: '第十三条' },
});
