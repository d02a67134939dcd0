import type { Rule, RuleContext } from './types.js';
import { compareAmounts, referenceTotal, wan } from '../model/money.js';
import { FULL_CHAIN, requireDocuments } from './lib/route.js';
import type { RouteStep } from './lib/route.js';
import { reportOutline } from './lib/outline.js';

/** 自行建设: the full chain, or 建议书 + 实施方案 when required from above, urgent, or ≤ 300万元. */
function route(ctx: RuleContext): RouteStep[] {
  if (ctx.facts.mode === '采购服务' || ctx.facts.category === '采购服务') return []; // BZ-SERVICE decides
  const limit = Number(ctx.params.mergeLimit);
  const total = referenceTotal(ctx.facts);
  const reason = ctx.facts.urgent
    ? { zh: '上级要求或紧急建设的项目，可研和初设合并为实施方案', en: 'required from above or urgent: feasibility and design merge into an implementation plan' }
    : total && compareAmounts(total.amount, limit) <= 0
      ? { zh: `总投资 ${wan(total.amount)} 万元不超过 ${limit} 万元，可研和初设合并为实施方案`, en: `total ${wan(total.amount)} is at most ${limit}: feasibility and design merge into an implementation plan` }
      : null;
  const first: RouteStep[] = ctx.facts.inAnnualPlan
    ? []
    : [{ doc: 'proposal', why: { zh: '自行建设项目先编报项目建议书', en: 'a self-built project starts with a proposal' } }];
  if (reason) return [...first, { doc: 'implementation', why: reason }];
  return [...first, ...FULL_CHAIN.filter((s) => s.doc !== 'proposal')];
}

export const rule: Rule = {
  meta: {
    id: 'BZ-STAGES',
    kind: ['path', 'outline'],
    severity: 'error',
    title: { zh: '巴中：审批阶段和实施方案', en: 'Bazhong: stages and the implementation plan' },
    description: {
      zh: '自行建设项目按项目建议书、可研、初设审批；上级要求、紧急或总投资不超过 300 万元的，可研和初设可合并为实施方案；列入计划的可从可研开始。',
      en: 'Self-built projects go proposal, feasibility, design; required from above, urgent or ≤ 3 million yuan: feasibility and design merge into an implementation plan.',
    },
    origin: 'bazhong',
    article: '第十七条、第十九条',
    params: { mergeLimit: 300 },
    reading: {
      zh: '“总投资不超过300万元的项目”：总投资（批复总投资，无则概算、估算、匡算）恰为 300 万元仍可合并为实施方案，多 1 分即不可；以分为单位精确比较。',
      en: '"a total of at most 3 million yuan": exactly 300 万元 (approved, else budget estimate, estimate, rough estimate) may still merge into an implementation plan; one fen more may not. Compared exactly in fen.',
    },
  },
  check(ctx) {
    reportOutline(ctx, 'BZ-STAGES');
    requireDocuments(ctx, route(ctx));
  },
  route,
};
