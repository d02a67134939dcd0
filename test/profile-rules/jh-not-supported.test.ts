import { describe, it } from 'vitest';
import { checkExample, expectFires, expectQuiet } from '../rule-harness.js';

describe('JH-NOT-SUPPORTED', () => {
  it('fires on a changed example, at the fact', () => {
    const c = checkExample('jinhu', [{"from": "JH-NOT-SUPPORTED-3: false", "to": "JH-NOT-SUPPORTED-3: true"}]);
    expectFires(c, 'JH-NOT-SUPPORTED', {"context": "JH-NOT-SUPPORTED-3: true", "needle": "true"});
  });

  it('stays quiet on the example', () => {
    expectQuiet(checkExample('jinhu'), 'JH-NOT-SUPPORTED');
  });
});
