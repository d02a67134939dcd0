import { describe, it } from 'vitest';
import { checkExample, expectFires, expectQuiet } from '../../test/rule-harness.js';

describe('GL-PLAN-Q3', () => {
  it('fires on a changed example, at the fact', () => {
    const c = checkExample('gulou', [{"from": "planFiled: 2024-08-28", "to": "planFiled: 2024-06-15"}]);
    expectFires(c, 'GL-PLAN-Q3', {"context": "planFiled: 2024-06-15", "needle": "2024-06-15"});
  });

  it('stays quiet on the example', () => {
    expectQuiet(checkExample('gulou'), 'GL-PLAN-Q3');
  });
});
