import { describe, it } from 'vitest';
import { checkExample, expectFires, expectQuiet } from '../../test/rule-harness.js';

describe('JH-SCOPE', () => {
  it('fires on a changed example, at the fact', () => {
    const c = checkExample('jinhu', [{"from": "JH-SCOPE-1: false", "to": "JH-SCOPE-1: true"}]);
    expectFires(c, 'JH-SCOPE', {"context": "JH-SCOPE-1: true", "needle": "true"});
  });

  it('stays quiet on the example', () => {
    expectQuiet(checkExample('jinhu'), 'JH-SCOPE');
  });
});
