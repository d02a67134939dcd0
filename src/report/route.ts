import type { Route } from '../pipeline.js';
import type { Lang } from '../i18n/lang.js';
import { pick } from '../i18n/lang.js';
import { readDocumentsRegistry } from '../package/documents-registry.js';

/** validate --explain-path: the route of each package, document by document. */
export function formatRoutes(routes: Map<string, Route>, lang: Lang): string {
  const docs = readDocumentsRegistry();
  const out: string[] = [];
  for (const [path, route] of routes) {
    out.push(pick(lang, `${path} 的审批路径：`, `Route of ${path}:`));
    for (const r of route) {
      out.push(`  ${r.ruleId}${r.source ? `（${r.source}）` : ''}`);
      if (r.steps.length === 0) out.push(pick(lang, '    （本规则不要求文档）', '    (no documents from this rule)'));
      for (const s of r.steps) {
        const title = docs[s.doc]?.title ?? s.doc;
        const state = s.found ? pick(lang, `已有 ${s.found}`, `found ${s.found}`) : pick(lang, `缺少（应在 ${s.expected}）`, `missing (expected at ${s.expected})`);
        out.push(`    ${title}：${pick(lang, s.why.zh, s.why.en)} — ${state}`);
      }
    }
    out.push('');
  }
  return out.join('\n') + '\n';
}
