import { reportDueMaterials } from '../lib/materials.js';
import type { RuleFamily } from './index.js';

/**
 * Materials a regulation asks for (BZ-ACCEPT-DOCS, JL-MATERIALS…): the profile's `materials` whose
 * `rule` is this one are due from `from` on (an item may name a later stage of its own) — the
 * checklist's readiness, as a finding of validate, so `validate --stage 竣工验收` does not pass an
 * empty materials/ folder. The engine reports the items of other rules the same way.
 */
export const materials: RuleFamily = {
  id: 'materials',
  kind: ['material'],
  summary: { zh: '自某阶段起，materials 中 rule 为本规则的各项材料须已放入其目录', en: 'from a stage on, the materials whose rule is this one are in their folders' },
  options: {
    type: 'object',
    required: ['from'],
    additionalProperties: false,
    properties: { from: { type: 'string', minLength: 1, description: '自哪个阶段起须具备' } },
  },
  stageOf: (o) => String(o.from),
  check: reportDueMaterials,
};
