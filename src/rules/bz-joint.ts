import { outlineRule } from './lib/outline.js';

/** Expectations: the items of schemas/outlines/ whose x-rule is BZ-JOINT. */
export const rule = outlineRule({
  id: 'BZ-JOINT',
  severity: 'error',
  title: { zh: '巴中：跨部门共建共享项目', en: 'Bazhong: cross-department projects' },
  description: {
    zh: '跨部门共建共享项目共同编制文件，明确各部门建设范围和责任义务，制定数据目录。',
    en: 'Cross-department projects write one set of documents, state each department\'s scope and duties, and compile a data catalogue.',
  },
  origin: 'bazhong',
  article: '第二十二条',
});
