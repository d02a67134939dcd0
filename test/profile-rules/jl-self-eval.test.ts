import { describe, it } from 'vitest';
import { checkExample, expectFires, expectQuiet } from '../rule-harness.js';

describe('JL-SELF-EVAL', () => {
  it('fires on a changed example, at the fact', () => {
    const c = checkExample('jilin', [{"from": "  operationStart: 2026-08-27\n", "to": "  operationStart: 2026-08-27\n  selfEvaluation: 2026-10-01\n"}]);
    expectFires(c, 'JL-SELF-EVAL', {"context": "selfEvaluation: 2026-10-01", "needle": "2026-10-01"});
  });

  it('stays quiet on the example', () => {
    expectQuiet(checkExample('jilin'), 'JL-SELF-EVAL');
  });
});
