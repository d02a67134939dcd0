import { describe, it } from 'vitest';
import { checkExample, expectFires, expectQuiet } from '../../test/rule-harness.js';

describe('JH-CLASS', () => {
  it('fires on a changed example, at the fact', () => {
    const c = checkExample('jinhu', [{"from": "class: 重点类\n", "to": ""}]);
    expectFires(c, 'JH-CLASS', {"context": "stage: 竣工验收", "needle": "竣工验收"});
  });

  it('stays quiet on the example', () => {
    expectQuiet(checkExample('jinhu'), 'JH-CLASS');
  });
});
