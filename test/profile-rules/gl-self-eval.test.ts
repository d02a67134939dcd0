import { describe, it } from 'vitest';
import { checkExample, expectFires, expectQuiet } from '../rule-harness.js';

describe('GL-SELF-EVAL', () => {
  it('fires on a changed example, at the fact', () => {
    const c = checkExample('gulou', [{"from": "  trialRunStart: 2026-07-01\n", "to": "  trialRunStart: 2026-07-01\n  accepted: 2024-01-10\n  operationStart: 2024-01-12\n"}]);
    // 第二十四条: from the later of acceptance and operation, where the finding stands.
    expectFires(c, 'GL-SELF-EVAL', {"context": "operationStart: 2024-01-12", "needle": "2024-01-12"});
  });

  it('stays quiet on the example', () => {
    expectQuiet(checkExample('gulou'), 'GL-SELF-EVAL');
  });
});
