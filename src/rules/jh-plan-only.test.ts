import { describe, it } from 'vitest';
import { checkExample, expectFires, expectQuiet } from '../../test/rule-harness.js';

describe('JH-PLAN-ONLY', () => {
  it('fires on a changed example, at the fact', () => {
    const c = checkExample('jinhu', [{"from": "inAnnualPlan: true", "to": "inAnnualPlan: false"}]);
    expectFires(c, 'JH-PLAN-ONLY', {"context": "inAnnualPlan: false", "needle": "false"});
  });

  it('stays quiet on the example', () => {
    expectQuiet(checkExample('jinhu'), 'JH-PLAN-ONLY');
  });
});
