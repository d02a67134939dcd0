import type { Route } from '../pipeline.js';
import type { Lang } from '../i18n/lang.js';
import { pick } from '../i18n/lang.js';
import { readDocumentsRegistry } from '../package/documents-registry.js';

type Step = Route[number]['steps'][number];

/** Where a document of the route stands: not due yet, there (or still the skeleton), or missing. */
export function routeState(s: Step, lang: Lang): string {
  const later = s.due ? '' : pick(lang, `未到阶段（自${s.from}阶段起）；`, `not due yet (from ${s.from}); `);
  if (!s.found) return later + pick(lang, `${s.due ? '缺少' : '尚无'}（应在 ${s.expected}）`, `${s.due ? 'missing' : 'none yet'} (expected at ${s.expected})`);
  return later + (s.skeleton ? pick(lang, `${s.found} 仍是骨架`, `${s.found} is still the skeleton`) : pick(lang, `已有 ${s.found}`, `found ${s.found}`));
}

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
        const state = routeState(s, lang);
        out.push(`    ${title}：${pick(lang, s.why.zh, s.why.en)} — ${state}`);
      }
    }
    out.push('');
  }
  return out.join('\n') + '\n';
}
