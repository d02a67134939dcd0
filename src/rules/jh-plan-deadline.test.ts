import { describe, it } from 'vitest';
import { checkExample, expectFires, expectQuiet } from '../../test/rule-harness.js';

describe('JH-PLAN-DEADLINE', () => {
  it('fires on a changed example, at the fact', () => {
    const c = checkExample('jinhu', [{"from": "planFiled: 2024-09-20", "to": "planFiled: 2024-10-08"}]);
    expectFires(c, 'JH-PLAN-DEADLINE', {"context": "planFiled: 2024-10-08", "needle": "2024-10-08"});
  });

  it('stays quiet on the example', () => {
    expectQuiet(checkExample('jinhu'), 'JH-PLAN-DEADLINE');
  });
});
