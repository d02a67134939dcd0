import { describe, it } from 'vitest';
import { checkExample, expectFires, expectQuiet } from '../rule-harness.js';

describe('JH-EVAL-BLOCKERS', () => {
  it('fires on a changed example, at the fact', () => {
    const c = checkExample('jinhu', [{"from": "JH-EVAL-BLOCKERS-2: false", "to": "JH-EVAL-BLOCKERS-2: true"}]);
    expectFires(c, 'JH-EVAL-BLOCKERS', {"context": "JH-EVAL-BLOCKERS-2: true", "needle": "true"});
  });

  it('stays quiet on the example', () => {
    expectQuiet(checkExample('jinhu'), 'JH-EVAL-BLOCKERS');
  });
});
