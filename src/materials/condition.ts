import type { Lang } from '../i18n/lang.js';
import { pick } from '../i18n/lang.js';
import { compareAmounts, referenceTotal } from '../model/money.js';
import type { Facts } from '../model/facts.js';
import { projectSchema } from '../schema/compile.js';
import { fieldTitle } from '../schema/titles.js';
import type { Condition } from '../profiles/profile.js';

/** Why a profile item (a material, a stage requirement) does not apply to these facts, or null when it does. */
export function notApplicable(when: Condition | undefined, facts: Facts, lang: Lang): string | null {
  for (const [key, want] of Object.entries(when ?? {})) {
    if (key === 'minTotal') {
      const total = referenceTotal(facts);
      if (!total || compareAmounts(total.amount, Number(want)) < 0) return pick(lang, `总投资低于 ${String(want)} 万元`, `total below ${String(want)}`);
      continue;
    }
    const have = (facts as unknown as Record<string, unknown>)[key];
    if ((have ?? false) !== want) {
      const zh = typeof want === 'boolean' ? (want ? '是' : '否') : String(want);
      return pick(lang, `仅当「${fieldTitle(projectSchema(), [key])}」为“${zh}”时需要`, `only when ${key} is ${String(want)}`);
    }
  }
  return null;
}
