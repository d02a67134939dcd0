import { outlineRule } from './lib/outline.js';

/** Expectations: the items of schemas/outlines/ whose x-rule is JL-OUTLINE-KY. */
export const rule = outlineRule({
  id: 'JL-OUTLINE-KY',
  severity: 'error',
  title: { zh: '吉林：可行性研究报告编制提纲', en: 'Jilin: feasibility outline' },
  description: {
    zh: '可行性研究报告按附件2编制：十章及其主要内容。',
    en: 'The feasibility study follows annex 2: ten chapters and their contents.',
  },
  origin: 'jilin',
  article: '附件2',
});
