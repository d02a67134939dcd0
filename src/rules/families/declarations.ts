import { checkDeclarations } from '../lib/flags.js';
import type { RuleFamily } from './index.js';

/** 不予支持 / 不予立项 questions: the profile's `questions` with `rule: ID`, each answered in `declarations`. */
export const declarations: RuleFamily = {
  id: 'declarations',
  kind: ['flag'],
  summary: { zh: '不予支持／不予立项情形：profile 的 questions 中 rule 为本规则的各问题，答“存在”即报', en: 'conditions that bar a project: the questions whose rule is this one; a "yes" fires' },
  options: {
    type: 'object',
    required: ['verdict'],
    additionalProperties: false,
    properties: {
      verdict: { type: 'string', minLength: 1, description: '答“存在”时的结论，如 原则上不予支持' },
      verdictEn: { type: 'string' },
    },
  },
  check(ctx) {
    const verdict = String(ctx.params.verdict);
    checkDeclarations(ctx, ctx.ruleId, { zh: verdict, en: String(ctx.params.verdictEn ?? verdict) });
  },
};
