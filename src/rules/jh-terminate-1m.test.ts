import { describe, it } from 'vitest';
import { checkExample, expectFires, expectQuiet } from '../../test/rule-harness.js';

describe('JH-TERMINATE-1M', () => {
  it('fires on a changed example, at the fact', () => {
    const c = checkExample('jinhu', [{"from": "  operationStart: 2026-09-16\n", "to": "  operationStart: 2026-09-16\n  shutdownReported: 2026-11-15\n  shutdown: 2026-12-01\n"}]);
    expectFires(c, 'JH-TERMINATE-1M', {"context": "shutdownReported: 2026-11-15", "needle": "2026-11-15"});
  });

  it('stays quiet on the example', () => {
    expectQuiet(checkExample('jinhu'), 'JH-TERMINATE-1M');
  });
});
