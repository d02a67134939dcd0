import type { RuleContext } from '../types.js';

/**
 * The profile's questions that belong to `ruleId`: an answer other than the expected
 * one fires, quoting the condition; an unanswered question is said to be unchecked.
 */
export function checkDeclarations(ctx: RuleContext, ruleId: string, verdict: { zh: string; en: string }): void {
  const questions = ctx.profile.questions.filter((q) => q.rule === ruleId);
  const answers = ctx.facts.declarations ?? {};
  const unanswered: string[] = [];
  for (const q of questions) {
    const answer = answers[q.id];
    if (answer === undefined || answer === null) {
      unanswered.push(q.id);
      continue;
    }
    if (answer !== (q.expect ?? false)) {
      ctx.report({
        pointer: `/declarations/${q.id}`,
        zh: `${verdict.zh}：${q.article}“${q.text}”`,
        en: `${verdict.en}: ${q.article} "${q.text}"`,
      });
    }
  }
  if (unanswered.length > 0) {
    const at = answers[unanswered[0]!] === null ? `/declarations/${unanswered[0]}` : '/declarations';
    ctx.needs(at, `对以下情形的声明：${unanswered.join('、')}`, `declarations for ${unanswered.join(', ')}`, unanswered.map((id) => `/declarations/${id}`));
  }
}
