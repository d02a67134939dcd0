import type { Rule, RuleContext, RuleMeta } from '../types.js';

/** Report the outline problems the package's documents have under this rule's id. */
export function reportOutline(ctx: RuleContext, id: string): void {
  for (const p of ctx.outlineProblems()) {
    if (p.rule !== id) continue;
    ctx.report({ severity: p.severity, zh: p.zh, en: p.en, file: p.file, at: { line: p.at?.line ?? 1, column: 1, ...(p.at?.place ? { place: p.at.place } : {}) } });
  }
}

/** A rule whose expectations live in outline schemas (schemas/outlines/) under its id. */
export function outlineRule(meta: Omit<RuleMeta, 'kind'>): Rule {
  return { meta: { ...meta, kind: ['outline'] }, check: (ctx) => reportOutline(ctx, meta.id) };
}
