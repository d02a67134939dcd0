import { describe, it } from 'vitest';
import { checkExample, expectFires, expectQuiet } from '../../test/rule-harness.js';

describe('GL-SUPERVISION-100W', () => {
  it('fires on a changed example, at the fact', () => {
    const c = checkExample('gulou', [{"from": "  supervisionFee: 5.6\n", "to": ""}]);
    expectFires(c, 'GL-SUPERVISION-100W', {"context": "approvedTotal: 186.5", "needle": "186.5"});
  });

  it('stays quiet on the example', () => {
    expectQuiet(checkExample('gulou'), 'GL-SUPERVISION-100W');
  });
});
