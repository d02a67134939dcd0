import { describe, expect, it } from 'vitest';
import { checkExample, expectFires, expectQuiet } from '../../test/rule-harness.js';

describe('BZ-SCOPE-30W', () => {
  it('fires on a changed example, at the fact', () => {
    const c = checkExample('bazhong', [{"from": "classified: false", "to": "classified: true"}]);
    expectFires(c, 'BZ-SCOPE-30W', {"context": "classified: true", "needle": "true"});
  });

  it('stays quiet on the example', () => {
    expectQuiet(checkExample('bazhong'), 'BZ-SCOPE-30W');
  });

  it('fires below 300,000 yuan', () => {
    // Only the approved total changes: other rules may fire too; this one must.
    const c = checkExample('bazhong', [{ from: 'approvedTotal: 268.4', to: 'approvedTotal: 28' }]);
    const mine = c.findings.filter((f) => f.ruleId === 'BZ-SCOPE-30W');
    expect(mine.map((f) => f.message).join()).toContain('低于 30 万元');
  });
});
