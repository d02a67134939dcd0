import { describe, it } from 'vitest';
import { checkExample, expectFires, expectQuiet } from '../../test/rule-harness.js';

describe('FUNDING-SUM', () => {
  it('fires on a changed example, at the fact', () => {
    const c = checkExample('jinhu', [{"from": "      amount: 80\n", "to": "      amount: 81\n"}]);
    expectFires(c, 'FUNDING-SUM', {"context": "  funding:\n    - source", "needle": "- source"});
  });

  it('stays quiet on the example', () => {
    expectQuiet(checkExample('jinhu'), 'FUNDING-SUM');
  });
});
