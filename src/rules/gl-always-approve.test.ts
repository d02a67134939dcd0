import { describe, it } from 'vitest';
import { checkExample, expectFires, expectQuiet } from '../../test/rule-harness.js';

describe('GL-ALWAYS-APPROVE', () => {
  it('fires on a changed example, at the fact', () => {
    const c = checkExample('gulou', [{"from": "GL-ALWAYS-APPROVE: false", "to": "GL-ALWAYS-APPROVE: true"}]);
    expectFires(c, 'GL-ALWAYS-APPROVE', {"context": "GL-ALWAYS-APPROVE: true", "needle": "true"});
  });

  it('stays quiet on the example', () => {
    expectQuiet(checkExample('gulou'), 'GL-ALWAYS-APPROVE');
  });
});
