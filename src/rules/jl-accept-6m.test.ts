import { describe, it } from 'vitest';
import { checkExample, expectFires, expectQuiet } from '../../test/rule-harness.js';

describe('JL-ACCEPT-6M', () => {
  it('fires on a changed example, at the fact', () => {
    const c = checkExample('jilin', [{"from": "acceptanceRequested: 2026-07-10", "to": "acceptanceRequested: 2026-11-01"}]);
    expectFires(c, 'JL-ACCEPT-6M', {"context": "acceptanceRequested: 2026-11-01", "needle": "2026-11-01"});
  });

  it('stays quiet on the example', () => {
    expectQuiet(checkExample('jilin'), 'JL-ACCEPT-6M');
  });
});
