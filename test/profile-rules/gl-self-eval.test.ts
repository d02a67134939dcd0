import { describe, it } from 'vitest';
import { checkExample, expectFires, expectQuiet } from '../rule-harness.js';

describe('GL-SELF-EVAL', () => {
  it('fires on a changed example, at the fact', () => {
    const c = checkExample('gulou', [{"from": "  trialRunStart: 2026-07-01\n", "to": "  trialRunStart: 2026-07-01\n  accepted: 2024-01-10\n"}]);
    expectFires(c, 'GL-SELF-EVAL', {"context": "accepted: 2024-01-10", "needle": "2024-01-10"});
  });

  it('stays quiet on the example', () => {
    expectQuiet(checkExample('gulou'), 'GL-SELF-EVAL');
  });
});
