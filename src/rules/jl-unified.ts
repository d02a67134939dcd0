import type { Rule } from './types.js';
import { checkDeclarations } from './lib/flags.js';

export const rule: Rule = {
  meta: {
    id: 'JL-UNIFIED',
    kind: ['flag'],
    severity: 'error',
    title: { zh: '吉林：统一建设为常态，自行建设为例外', en: 'Jilin: unified construction is the rule' },
    description: {
      zh: '省政务服务和数字化局确定统一建设或自行建设；采用自行建设的，须说明项目的特殊性。',
      en: 'Projects are built centrally unless their special nature justifies self-building, which must be stated.',
    },
    origin: 'jilin',
    article: '第七条、第八条',
    reading: {
      zh: '第八条所列三种情形之外均应统一建设；其中（三）涉密政务信息化项目本身即属例外，不要求说明自行建设的理由。',
      en: 'Article 8: everything but its three cases is built centrally; case (3), a classified project, is itself an exception and needs no selfBuildReason.',
    },
  },
  check(ctx) {
    if (ctx.facts.classified === true) {
      ctx.report({ severity: 'info', pointer: '/classified', zh: '涉密项目属第八条（三）所列例外，可以不采用统一建设方式', en: 'a classified project is an exception of article 8 (3): it need not be built centrally' });
      return;
    }
    if (ctx.facts.mode === undefined) {
      ctx.needs('/mode', '建设方式（统一建设或自行建设）', 'the mode (unified or self-built)');
    } else if (ctx.facts.mode === '自行建设' && !ctx.facts.selfBuildReason) {
      ctx.report({ pointer: '/mode', zh: '采用自行建设方式，须在 selfBuildReason 中说明项目特殊性（统一建设为常态，自行建设为例外）', en: 'a self-built project must state why in selfBuildReason (unified construction is the rule)' });
    }
    checkDeclarations(ctx, 'JL-UNIFIED', { zh: '不符合统一建设要求', en: 'against unified construction' });
  },
};
