import { describe, it } from 'vitest';
import { checkExample, expectFires, expectQuiet } from '../../test/rule-harness.js';

describe('XF-SELF-EVAL', () => {
  it('fires on a changed example, at the fact', () => {
    const c = checkExample('xiangfen', [{"from": "  constructionStart: 2026-10-12\n", "to": "  constructionStart: 2026-10-12\n  selfEvaluation: 2027-06-01\n"}]);
    expectFires(c, 'XF-SELF-EVAL', {"context": "selfEvaluation: 2027-06-01", "needle": "2027-06-01"});
  });

  it('stays quiet on the example', () => {
    expectQuiet(checkExample('xiangfen'), 'XF-SELF-EVAL');
  });
});
