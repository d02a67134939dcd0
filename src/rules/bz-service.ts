import type { Rule, RuleContext } from './types.js';
import { checkDeclarations } from './lib/flags.js';
import { requireDocuments } from './lib/route.js';
import type { RouteStep } from './lib/route.js';
import { reportOutline } from './lib/outline.js';

const isService = (ctx: RuleContext): boolean => ctx.facts.mode === '采购服务' || ctx.facts.category === '采购服务';

function route(ctx: RuleContext): RouteStep[] {
  return isService(ctx)
    ? [{ doc: 'serviceRequirement', why: { zh: '采购服务项目编报服务需求方案', en: 'a purchased service needs a service requirement plan' } }]
    : [];
}

export const rule: Rule = {
  meta: {
    id: 'BZ-SERVICE',
    kind: ['path', 'outline'],
    severity: 'error',
    title: { zh: '巴中：采购服务的条件和服务需求方案', en: 'Bazhong: purchased services' },
    description: {
      zh: '采购服务项目编制服务需求方案，并同时满足四个条件：不捆绑货物和工程、服务费明显低于自建加运维成本、有多家潜在供应商、符合安全要求。',
      en: 'A purchased service needs a service requirement plan and must meet four conditions: no bundled goods or works, clearly cheaper than building and running, several possible suppliers, and security rules met.',
    },
    origin: 'bazhong',
    article: '第十八条',
  },
  check(ctx) {
    reportOutline(ctx, 'BZ-SERVICE');
    if (!isService(ctx)) return;
    requireDocuments(ctx, route(ctx));
    checkDeclarations(ctx, 'BZ-SERVICE', { zh: '不满足采购服务的条件', en: 'a condition for purchasing a service is not met' });
  },
  route,
};
