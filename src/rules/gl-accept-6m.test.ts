import { describe, it } from 'vitest';
import { checkExample, expectFires, expectQuiet } from '../../test/rule-harness.js';

describe('GL-ACCEPT-6M', () => {
  it('fires on a changed example, at the fact', () => {
    const c = checkExample('gulou', [], {"asOf": "2027-01-15"});
    expectFires(c, 'GL-ACCEPT-6M', {"context": "constructionEnd: 2026-06-30", "needle": "2026-06-30"});
  });

  it('stays quiet on the example', () => {
    expectQuiet(checkExample('gulou'), 'GL-ACCEPT-6M');
  });
});
