import { describe, it } from 'vitest';
import { checkExample, expectFires, expectQuiet } from '../rule-harness.js';

describe('XF-CLOUD', () => {
  it('fires on a changed example, at the fact', () => {
    const c = checkExample('xiangfen', [{"from": "XF-CLOUD-1: false", "to": "XF-CLOUD-1: true"}]);
    expectFires(c, 'XF-CLOUD', {"context": "XF-CLOUD-1: true", "needle": "true"});
  });

  it('stays quiet on the example', () => {
    expectQuiet(checkExample('xiangfen'), 'XF-CLOUD');
  });
});
