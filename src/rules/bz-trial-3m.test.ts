import { describe, it } from 'vitest';
import { checkExample, expectFires, expectQuiet } from '../../test/rule-harness.js';

describe('BZ-TRIAL-3M', () => {
  it('fires on a changed example, at the fact', () => {
    const c = checkExample('bazhong', [{"from": "  constructionEnd: 2027-01-31\n", "to": "  constructionEnd: 2027-01-31\n  trialRunStart: 2026-08-01\n  preliminaryAcceptance: 2026-09-15\n"}]);
    expectFires(c, 'BZ-TRIAL-3M', {"context": "preliminaryAcceptance: 2026-09-15", "needle": "2026-09-15"});
  });

  it('stays quiet on the example', () => {
    expectQuiet(checkExample('bazhong'), 'BZ-TRIAL-3M');
  });
});
