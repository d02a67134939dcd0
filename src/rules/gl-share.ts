import { outlineRule } from './lib/outline.js';

/** Expectations: the items of schemas/outlines/ whose x-rule is GL-SHARE. */
export const rule = outlineRule({
  id: 'GL-SHARE',
  severity: 'error',
  title: { zh: '鼓楼：数据资源共享内容', en: 'Gulou: data-sharing content' },
  description: {
    zh: '项目建议书、可行性研究报告等材料应当包括数据资源共享内容。',
    en: 'Proposals and feasibility studies contain data-sharing content.',
  },
  origin: 'gulou',
  article: '第二十八条',
});
