import { describe, it } from 'vitest';
import { checkExample, expectFires, expectQuiet } from '../../test/rule-harness.js';

describe('NAT-ESTIMATE-10', () => {
  it('fires on a changed example, at the fact', () => {
    const c = checkExample('gulou', [{"from": "  estimate: 192\n", "to": "  estimate: 160\n"}]);
    expectFires(c, 'NAT-ESTIMATE-10', {"context": "budgetEstimate: 186.5", "needle": "186.5"});
  });

  it('stays quiet on the example', () => {
    expectQuiet(checkExample('gulou'), 'NAT-ESTIMATE-10');
  });
});
