import { describe, it } from 'vitest';
import { checkExample, expectFires, expectQuiet } from '../../test/rule-harness.js';

describe('JH-ACCEPT-PATH', () => {
  it('fires on a changed example, at the fact', () => {
    const c = checkExample('jinhu', [{"from": "acceptanceRequested: 2026-08-20", "to": "acceptanceRequested: 2026-05-20"}]);
    expectFires(c, 'JH-ACCEPT-PATH', {"context": "acceptanceRequested: 2026-05-20", "needle": "2026-05-20"});
  });

  it('stays quiet on the example', () => {
    expectQuiet(checkExample('jinhu'), 'JH-ACCEPT-PATH');
  });
});
