import { describe, it } from 'vitest';
import { checkExample, expectFires, expectQuiet } from '../../test/rule-harness.js';

describe('AMOUNT-CONSISTENT', () => {
  it('fires on a changed example, at the fact', () => {
    const c = checkExample('gulou', [{"from": "contractAmount: 178.2", "to": "contractAmount: 190"}]);
    expectFires(c, 'AMOUNT-CONSISTENT', {"context": "contractAmount: 190", "needle": "190"});
  });

  it('stays quiet on the example', () => {
    expectQuiet(checkExample('gulou'), 'AMOUNT-CONSISTENT');
  });
});
