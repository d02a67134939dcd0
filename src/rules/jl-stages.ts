import type { Rule, RuleContext } from './types.js';
import { FULL_CHAIN, requireDocuments, withoutProposal } from './lib/route.js';
import type { RouteStep } from './lib/route.js';
import { reportOutline } from './lib/outline.js';

/** 吉林 第九条: the full chain, or one of its three short routes. */
function route(ctx: RuleContext): RouteStep[] {
  if (ctx.facts.urgent) {
    return [{ doc: 'design', why: { zh: '紧急项目可只编报初步设计（须补充必要性和可行性内容）', en: 'an emergency project files only the design (adding necessity and feasibility)' } }];
  }
  if (ctx.facts.singleContent) {
    return [{ doc: 'feasibility', why: { zh: '建设内容单一或单纯设备购置的项目可只编报可研', en: 'a single-content or equipment-only project files only the feasibility study' } }];
  }
  if (ctx.facts.inAnnualPlan) {
    return withoutProposal({ zh: '已列入省级规划的项目以可研代替项目建议书', en: 'in the provincial plan: the feasibility study replaces the proposal' });
  }
  return [...FULL_CHAIN];
}

export const rule: Rule = {
  meta: {
    id: 'JL-STAGES',
    kind: ['path', 'outline'],
    severity: 'error',
    title: { zh: '吉林：审批阶段和简化程序', en: 'Jilin: stages and short routes' },
    description: {
      zh: '项目建议书 → 可研 → 初设；列入规划的以可研代替建议书；紧急项目只报初设；内容单一或单纯设备购置只报可研。',
      en: 'Proposal → feasibility → design; in the plan the feasibility study replaces the proposal; emergencies file only the design; single-content projects only the feasibility study.',
    },
    origin: 'jilin',
    article: '第九条',
  },
  check(ctx) {
    reportOutline(ctx, 'JL-STAGES');
    requireDocuments(ctx, route(ctx));
  },
  route,
};
