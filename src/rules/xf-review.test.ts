import { describe, it } from 'vitest';
import { checkExample, expectFires, expectQuiet } from '../../test/rule-harness.js';

describe('XF-REVIEW', () => {
  it('fires on a changed example, at the fact', () => {
    const c = checkExample('xiangfen', [{"from": "XF-REVIEW-NETWORK: false", "to": "XF-REVIEW-NETWORK: true"}]);
    expectFires(c, 'XF-REVIEW', {"context": "XF-REVIEW-NETWORK: true", "needle": "true"});
  });

  it('stays quiet on the example', () => {
    expectQuiet(checkExample('xiangfen'), 'XF-REVIEW');
  });
});
