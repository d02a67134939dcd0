import { outlineRule } from './lib/outline.js';

/** Expectations: the items of schemas/outlines/ whose x-rule is JL-REVIEW. */
export const rule = outlineRule({
  id: 'JL-REVIEW',
  severity: 'error',
  title: { zh: '吉林：评审要点', en: 'Jilin: review points' },
  description: {
    zh: '评审包括必要性、技术可行性与安全性、投资金额、基础资源和技术服务需求（含政务云、大数据中心、电子政务网络）、信息资源归集与共享。',
    en: 'Review covers necessity, feasibility and security, investment, infrastructure needs (cloud, data centre, network) and resource sharing.',
  },
  origin: 'jilin',
  article: '第十条',
});
