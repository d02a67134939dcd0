import { describe, it } from 'vitest';
import { checkExample, expectFires, expectQuiet } from '../../test/rule-harness.js';

describe('NAT-ACCEPT-6M', () => {
  it('fires on a changed example, at the fact', () => {
    const c = checkExample('national', [{"from": "  proposalApproved: 2026-08-18\n", "to": "  proposalApproved: 2026-08-18\n  constructionEnd: 2026-04-30\n"}]);
    expectFires(c, 'NAT-ACCEPT-6M', {"context": "constructionEnd: 2026-04-30", "needle": "2026-04-30"});
  });

  it('stays quiet on the example', () => {
    expectQuiet(checkExample('national'), 'NAT-ACCEPT-6M');
  });
});
