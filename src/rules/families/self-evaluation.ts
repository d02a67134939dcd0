import { selfEvaluationWindow } from '../lib/windows.js';
import { dateKeySchema } from './dates.js';
import type { RuleFamily } from './index.js';

const LABEL: Record<string, string> = { accepted: '通过竣工验收', operationStart: '投入运行' };

/** 自评价 within `from`–`to` months after acceptance or operation start. */
export const selfEvaluation: RuleFamily = {
  id: 'self-evaluation',
  kind: ['time'],
  summary: { zh: '竣工验收（或正式运行）后 from 至 to 个月内开展自评价', en: 'self-evaluation from–to months after acceptance (or operation start)' },
  get options() {
    return {
      type: 'object',
      required: ['base', 'from', 'to'],
      additionalProperties: false,
      properties: {
        base: { ...dateKeySchema(), description: '起算日期：accepted 或 operationStart' },
        also: { ...dateKeySchema(), description: '另一起算日期：两者都已发生后起算，取较晚者（“通过竣工验收并投入运行后”）' },
        from: { type: 'integer', minimum: 0, maximum: 120 },
        to: { type: 'integer', minimum: 1, maximum: 120 },
      },
    };
  },
  reading(o) {
    return o.also
      ? { zh: `“${LABEL[String(o.base)] ?? String(o.base)}并${LABEL[String(o.also)] ?? String(o.also)}后 ${String(o.from)} 至 ${String(o.to)} 个月内”：两者都已发生后起算，自较晚的一日起计。`, en: `"${String(o.from)}–${String(o.to)} months after ${String(o.base)} and ${String(o.also)}": counted from the later of the two.` }
      : { zh: `自${LABEL[String(o.base)] ?? String(o.base)}之日起 ${String(o.from)} 至 ${String(o.to)} 个月内。`, en: `${String(o.from)}–${String(o.to)} months from ${String(o.base)}.` };
  },
  check: selfEvaluationWindow,
};
