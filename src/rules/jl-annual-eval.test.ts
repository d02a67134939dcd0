import { describe, it } from 'vitest';
import { checkExample, expectFires, expectQuiet } from '../../test/rule-harness.js';

describe('JL-ANNUAL-EVAL', () => {
  it('fires on a changed example, at the fact', () => {
    const c = checkExample('jilin', [{"from": "filed: 2025-12-18", "to": "filed: 2026-01-05"}]);
    expectFires(c, 'JL-ANNUAL-EVAL', {"context": "filed: 2026-01-05", "needle": "2026-01-05"});
  });

  it('stays quiet on the example', () => {
    expectQuiet(checkExample('jilin'), 'JL-ANNUAL-EVAL');
  });
});
