import { outlineRule } from './lib/outline.js';

/** Expectations: the items of schemas/outlines/ whose x-rule is JL-OUTLINE-JYS. */
export const rule = outlineRule({
  id: 'JL-OUTLINE-JYS',
  severity: 'error',
  title: { zh: '吉林：项目建议书编制提纲', en: 'Jilin: proposal outline' },
  description: {
    zh: '项目建议书按附件1编制：九章及其主要内容。',
    en: 'The proposal follows annex 1: nine chapters and their contents.',
  },
  origin: 'jilin',
  article: '附件1',
});
