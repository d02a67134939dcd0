import { describe, it } from 'vitest';
import { checkExample, expectFires, expectQuiet } from '../rule-harness.js';

describe('BZ-DATA-FIRST', () => {
  it('fires on a changed example, at the fact', () => {
    const c = checkExample('bazhong', [{"from": "BZ-DATA-FIRST: false", "to": "BZ-DATA-FIRST: true"}]);
    expectFires(c, 'BZ-DATA-FIRST', {"context": "BZ-DATA-FIRST: true", "needle": "true"});
  });

  it('stays quiet on the example', () => {
    expectQuiet(checkExample('bazhong'), 'BZ-DATA-FIRST');
  });
});
