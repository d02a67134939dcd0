import { describe, it } from 'vitest';
import { checkExample, expectFires, expectQuiet } from '../rule-harness.js';

describe('BZ-NO-PROJECT', () => {
  it('fires on a changed example, at the fact', () => {
    const c = checkExample('bazhong', [{"from": "BZ-NO-PROJECT-1: false", "to": "BZ-NO-PROJECT-1: true"}]);
    expectFires(c, 'BZ-NO-PROJECT', {"context": "BZ-NO-PROJECT-1: true", "needle": "true"});
  });

  it('stays quiet on the example', () => {
    expectQuiet(checkExample('bazhong'), 'BZ-NO-PROJECT');
  });
});
