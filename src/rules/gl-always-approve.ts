import type { DateKey, Rule } from './types.js';
import { checkDeclarations } from './lib/flags.js';
import { FULL_CHAIN, requireDocuments } from './lib/route.js';

/** The approvals in the order they are given, and what may not come before them. */
const APPROVALS = [
  ['proposalApproved', '项目建议书批复', 'proposal approval'],
  ['feasibilityApproved', '可行性研究报告批复', 'feasibility approval'],
  ['designApproved', '初步设计批复', 'design approval'],
] as const satisfies readonly (readonly [DateKey, string, string])[];
const EVENTS = [
  ['contractSigned', '合同签订', 'the contract signed'],
  ['constructionStart', '开工', 'construction started'],
] as const satisfies readonly (readonly [DateKey, string, string])[];

export const rule: Rule = {
  meta: {
    id: 'GL-ALWAYS-APPROVE',
    kind: ['path', 'flag'],
    severity: 'error',
    title: { zh: '鼓楼：不论金额一律单独审批', en: 'Gulou: every project is approved on its own' },
    description: {
      zh: '政务信息化项目不论金额大小一律单独立项审批（立项申请报告和可研），审批前不得采购。',
      en: 'Every project is approved on its own whatever its amount (application report and feasibility study); nothing is procured before approval.',
    },
    origin: 'gulou',
    article: '第十三条',
    reading: {
      zh: '“未经审批……不得开展招投标或政府采购工作”：合同签订日（dates.contractSigned）和开工日（dates.constructionStart）不得早于已记录的任何一项审批（项目建议书、可研、初步设计批复），同一天不算早于；不论声明如何，日期说明了事实。',
      en: '"without approval… no tendering or procurement": the contract (dates.contractSigned) and the start of construction (dates.constructionStart) may not come before any recorded approval (proposal, feasibility, design); the same day is not before. The dates decide, whatever the declaration says.',
    },
  },
  check(ctx) {
    requireDocuments(ctx, FULL_CHAIN);
    checkDeclarations(ctx, 'GL-ALWAYS-APPROVE', { zh: '违反先审批后采购', en: 'procured before approval' });
    const d = ctx.facts.dates ?? {};
    const approvals = APPROVALS.filter(([k]) => d[k]);
    for (const [key, zh, en] of EVENTS) {
      const day = d[key];
      if (!day) continue;
      if (approvals.length === 0) {
        ctx.needs(`/dates/${key}`, '立项批复日期（dates.feasibilityApproved），无法判断是否先审批后采购', 'the approval date (dates.feasibilityApproved), so approval before procurement cannot be told', ['/dates/feasibilityApproved']);
        continue;
      }
      // The latest approval it precedes: the one most plainly not yet given.
      const before = approvals.filter(([k]) => day < d[k]!).at(-1);
      if (!before) continue;
      ctx.report({
        pointer: `/dates/${key}`,
        zh: `${zh}于 ${day}，早于${before[1]}（${d[before[0]]}）：未经审批不得开展招投标或政府采购工作`,
        en: `${en} on ${day}, before the ${before[2]} (${d[before[0]]}): nothing may be procured before approval`,
      });
    }
  },
  route: () => [...FULL_CHAIN],
};
