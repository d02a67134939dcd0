import { describe, it } from 'vitest';
import { checkExample, expectFires, expectQuiet } from '../../test/rule-harness.js';

describe('NAT-SELF-EVAL', () => {
  it('fires on a changed example, at the fact', () => {
    const c = checkExample('national', [{"from": "  proposalApproved: 2026-08-18\n", "to": "  proposalApproved: 2026-08-18\n  accepted: 2024-06-30\n  operationStart: 2024-07-01\n"}]);
    // The window runs from the later of acceptance and operation: the finding stands at the latter.
    expectFires(c, 'NAT-SELF-EVAL', {"context": "operationStart: 2024-07-01", "needle": "2024-07-01"});
  });

  it('stays quiet on the example', () => {
    expectQuiet(checkExample('national'), 'NAT-SELF-EVAL');
  });
});
