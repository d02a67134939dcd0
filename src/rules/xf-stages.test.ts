import { describe, it } from 'vitest';
import { checkExample, expectFires, expectQuiet } from '../../test/rule-harness.js';

describe('XF-STAGES', () => {
  it('fires on a changed example, at the fact', () => {
    const c = checkExample('xiangfen', [{"from": "      budget: 60\n", "to": "      budget: 61\n"}]);
    expectFires(c, 'XF-STAGES', {"context": "  yearly:\n    - year", "needle": "- year"});
  });

  it('stays quiet on the example', () => {
    expectQuiet(checkExample('xiangfen'), 'XF-STAGES');
  });
});
