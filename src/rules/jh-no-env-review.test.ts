import { describe, it } from 'vitest';
import { checkExample, expectFires, expectQuiet } from '../../test/rule-harness.js';

describe('JH-NO-ENV-REVIEW', () => {
  it('fires on a changed example, at the fact', () => {
    const c = checkExample('jinhu', [{"from": "classified: false", "to": "classified: false\ncivilWorks: true"}]);
    expectFires(c, 'JH-NO-ENV-REVIEW', {"context": "civilWorks: true", "needle": "true"});
  });

  it('stays quiet on the example', () => {
    expectQuiet(checkExample('jinhu'), 'JH-NO-ENV-REVIEW');
  });
});
