import type { Rule } from './types.js';
import { FULL_CHAIN, requireDocuments, withoutProposal } from './lib/route.js';
import type { RouteStep } from './lib/route.js';
import type { RuleContext } from './types.js';

/** National route: a project in a national plan may start at 可研; an urgent one merges 可研 and 初设. */
export function nationalRoute(ctx: RuleContext): RouteStep[] {
  if (ctx.facts.urgent) {
    return [{ doc: 'implementation', why: { zh: '紧急项目可将可研和初设合并编报', en: 'an urgent project may merge feasibility and design' } }];
  }
  if (ctx.facts.inAnnualPlan) {
    return withoutProposal({ zh: '已列入规划的项目可直接编报可研', en: 'a project in the plan may start at the feasibility study' });
  }
  return [...FULL_CHAIN];
}

export const rule: Rule = {
  meta: {
    id: 'NAT-STAGES',
    kind: ['path'],
    severity: 'error',
    title: { zh: '审批阶段和文档', en: 'Approval stages and documents' },
    description: {
      zh: '项目建议书 → 可行性研究报告 → 初步设计方案和投资概算；已列入规划的项目可从可研开始；紧急项目可合并可研和初设。',
      en: 'Proposal → feasibility study → preliminary design and budget estimate; a planned project may start at the feasibility study; an urgent one may merge feasibility and design.',
    },
    origin: '国家政务信息化项目建设管理办法（国办发〔2019〕57号）',
    article: '（规划和审批管理；巴中 第十七条、吉林 第九条重述）',
    restatedBy: { bazhong: '第十七条', jilin: '第九条' },
  },
  check(ctx) {
    requireDocuments(ctx, nationalRoute(ctx));
  },
  route: nationalRoute,
};
