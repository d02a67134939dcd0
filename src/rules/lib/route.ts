import { readDocumentsRegistry } from '../../package/documents-registry.js';
import type { RuleContext } from '../types.js';
import { reached } from './stages.js';

/** One document the project's route needs, and why. */
export interface RouteStep {
  doc: string;
  why: { zh: string; en: string };
  /** The stage from which this document is due, when later than the profile's `documentsFrom`. */
  dueFrom?: string;
}

/**
 * Report each document of the route that the package lacks, once the project has
 * reached the stage from which documents are due (the profile's `documentsFrom`).
 */
export function requireDocuments(ctx: RuleContext, steps: readonly RouteStep[]): void {
  if (!ctx.facts.stage) {
    ctx.needs('/stage', '当前阶段（stage），无法确定应当具备的文档', 'the stage, so the documents due cannot be told');
    return;
  }
  if (!reached(ctx, ctx.profile.documentsFrom)) return;
  const registry = readDocumentsRegistry();
  for (const s of steps) {
    if (s.dueFrom && ctx.profile.stages.includes(s.dueFrom) && !reached(ctx, s.dueFrom)) continue;
    const title = registry[s.doc]?.title ?? s.doc;
    const found = ctx.document(s.doc);
    if (found && ctx.skeleton(s.doc)) {
      // Not a section written: as good as missing, said once for the document rather than once a heading.
      ctx.report({
        file: found,
        at: { line: 1, column: 1 },
        zh: `${title}仍是骨架，尚未编写任何章节（${s.why.zh}）：${ctx.facts.stage}阶段应当提交`,
        en: `the ${title} is still the skeleton, not a section written (${s.why.en}): due at ${ctx.facts.stage}`,
      });
      continue;
    }
    if (found) continue;
    const expected = ctx.expectedDocument(s.doc);
    ctx.report({
      pointer: ctx.facts.documents?.[s.doc] ? `/documents/${s.doc}` : '/stage',
      zh: `缺少${title}（${s.why.zh}），应在 ${expected.replace(/\.(docx|md)$/, '.docx 或 .md')}`,
      en: `missing ${title} (${s.why.en}); expected at ${expected.replace(/\.(docx|md)$/, '.docx or .md')}`,
    });
  }
}

/** A project already in a plan starts at the feasibility study: the chain without the proposal. */
export function withoutProposal(why: { zh: string; en: string }): RouteStep[] {
  return FULL_CHAIN.filter((s) => s.doc !== 'proposal').map((s) => ({ ...s, why }));
}

/** The standard chain: 项目建议书 → 可行性研究报告 → 初步设计方案和投资概算. */
export const FULL_CHAIN: readonly RouteStep[] = [
  { doc: 'proposal', why: { zh: '审批流程：项目建议书 → 可研 → 初设', en: 'route: proposal → feasibility → design' } },
  { doc: 'feasibility', why: { zh: '审批流程：项目建议书 → 可研 → 初设', en: 'route: proposal → feasibility → design' } },
  // The design is approved before procurement, so it is due from then.
  { doc: 'design', why: { zh: '审批流程：项目建议书 → 可研 → 初设', en: 'route: proposal → feasibility → design' }, dueFrom: '招标采购' },
];
