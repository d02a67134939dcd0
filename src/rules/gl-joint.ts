import { outlineRule } from './lib/outline.js';

/** Expectations: the items of schemas/outlines/ whose x-rule is GL-JOINT. */
export const rule = outlineRule({
  id: 'GL-JOINT',
  severity: 'error',
  title: { zh: '鼓楼：跨部门项目的业务流、数据流和接口', en: 'Gulou: business flow, data flow, interfaces' },
  description: {
    zh: '跨部门共建共享项目编制统一的可行性研究报告，明确业务流、数据流及系统接口。',
    en: 'Cross-department projects write one feasibility study stating business flows, data flows and interfaces.',
  },
  origin: 'gulou',
  article: '第十六条',
});
