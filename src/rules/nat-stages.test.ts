import { describe, it } from 'vitest';
import { checkExample, expectFires, expectQuiet } from '../../test/rule-harness.js';

describe('NAT-STAGES', () => {
  it('fires on a changed example, at the fact', () => {
    const c = checkExample('national', [{"from": "inAnnualPlan: true", "to": "inAnnualPlan: true\nurgent: true"}]);
    expectFires(c, 'NAT-STAGES', {"context": "stage: 立项审批", "needle": "立项审批"});
  });

  it('stays quiet on the example', () => {
    expectQuiet(checkExample('national'), 'NAT-STAGES');
  });
});
