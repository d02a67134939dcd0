import type { Rule, RuleContext } from './types.js';
import { requireDocuments } from './lib/route.js';
import type { RouteStep } from './lib/route.js';
import { reached } from './lib/stages.js';

function route(ctx: RuleContext): RouteStep[] {
  const review = ctx.facts.class === '重点类'
    ? { zh: '重点类项目的建设方案报县数据局审查', en: 'a key project\'s scheme is reviewed by the data bureau' }
    : { zh: '一般类项目的建设方案自行论证并填写审查表', en: 'an ordinary project\'s scheme is reviewed by the unit, with the review form' };
  return [{ doc: 'scheme', why: review }];
}

export const rule: Rule = {
  meta: {
    id: 'JH-CLASS',
    kind: ['path'],
    severity: 'error',
    title: { zh: '金湖：一般类/重点类和建设方案', en: 'Jinhu: class and the construction scheme' },
    description: {
      zh: '项目分为一般类和重点类，分类决定审查、报销和验收路径；两类项目均须编制建设方案。',
      en: 'Each project is ordinary or key; the class decides review, reimbursement and acceptance; both need a construction scheme.',
    },
    origin: 'jinhu',
    article: '第九条、第十三条、第二十六条',
  },
  check(ctx) {
    if (!ctx.facts.class && reached(ctx, '方案审查')) {
      ctx.report({ pointer: '/stage', zh: '项目已进入方案审查，须确定为一般类或重点类（class）', en: 'past the scheme review the project must be classed ordinary or key (class)' });
    }
    requireDocuments(ctx, route(ctx));
  },
  route,
};
