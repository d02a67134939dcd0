import { selfEvaluationWindow } from '../lib/windows.js';
import { dateKeySchema } from './dates.js';
import type { RuleFamily } from './index.js';

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
        from: { type: 'integer', minimum: 0, maximum: 120 },
        to: { type: 'integer', minimum: 1, maximum: 120 },
      },
    };
  },
  check: selfEvaluationWindow,
};
