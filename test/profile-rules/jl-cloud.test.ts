import { describe, it } from 'vitest';
import { checkExample, expectFires, expectQuiet } from '../rule-harness.js';

describe('JL-CLOUD', () => {
  it('fires on a changed example, at the fact', () => {
    const c = checkExample('jilin', [{"from": "JL-CLOUD: false", "to": "JL-CLOUD: true"}]);
    expectFires(c, 'JL-CLOUD', {"context": "JL-CLOUD: true", "needle": "true"});
  });

  it('stays quiet on the example', () => {
    expectQuiet(checkExample('jilin'), 'JL-CLOUD');
  });
});
