import { outlineRule } from './lib/outline.js';

/** Problems found by src/outline/content.ts under this id. */
export const rule = outlineRule({
  id: 'DOC-CONTENT',
  severity: 'warning',
  title: { zh: '文档章节有正文', en: 'Document chapters have content' },
  description: {
    zh: '文档每个章节下应有正文：没有正文、只有骨架的编写提示、或含有【待填写】、XX、××、某某、TODO 等占位内容的章节为警告；到了应当提交该文档的阶段（办法的 documentsFrom）整个文档仍是骨架时为错误。',
    en: 'Every chapter has text: one with nothing under it, only the skeleton\'s guidance, or a placeholder (【待填写】, XX, ××, 某某, TODO) is a warning; a document that is still wholly the skeleton at a stage that submits it is an error.',
  },
  origin: null,
  article: '',
});
