import type { Rule } from './types.js';
import { requireTopics } from './lib/topics.js';

// 第十条 names what a review looks at; 附件2 has no section for the infrastructure needs, so any document may carry them.
export const rule: Rule = {
  meta: {
    id: 'JL-REVIEW',
    kind: ['outline'],
    severity: 'warning',
    title: { zh: '吉林：评审要点', en: 'Jilin: review points' },
    description: {
      zh: '评审包括必要性、技术可行性与安全性、投资金额、基础资源和技术服务需求（含政务云、大数据中心、电子政务网络）、信息资源归集与共享。报批文件应说明基础资源和技术服务需求。',
      en: 'Review covers necessity, feasibility and security, investment, infrastructure needs (cloud, data centre, network) and resource sharing; the approval documents state the infrastructure needs.',
    },
    origin: 'jilin',
    article: '第十条',
    stage: '立项审批',
  },
  check(ctx) {
    requireTopics(ctx, [{ zh: '基础资源和技术服务需求（政务云、大数据中心、电子政务网络）', en: 'the infrastructure needs (cloud, data centre, network)', match: /基础资源|技术服务需求|政务云|云资源|电子政务网络|电子政务外网/, article: '第十条' }]);
  },
};
