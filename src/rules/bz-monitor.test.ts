import { describe, it } from 'vitest';
import { checkExample, expectFires, expectQuiet } from '../../test/rule-harness.js';

describe('BZ-MONITOR', () => {
  it('fires on a changed example, at the fact', () => {
    const c = checkExample('bazhong', [], {"asOf": "2027-01-20"});
    expectFires(c, 'BZ-MONITOR', {"context": "constructionStart: 2026-05-20", "needle": "2026-05-20"});
  });

  it('stays quiet on the example', () => {
    expectQuiet(checkExample('bazhong'), 'BZ-MONITOR');
  });
});
