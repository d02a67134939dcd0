import { describe, it } from 'vitest';
import { checkExample, expectFires, expectQuiet } from '../../test/rule-harness.js';

describe('JL-CHANGE-15', () => {
  it('fires on a changed example, at the fact', () => {
    const c = checkExample('jilin', [{"from": "stage: 竣工验收", "to": "stage: 竣工验收\nchanges:\n  - date: 2025-03-01\n    amount: 130\n    content: 增加电子证照签发节点\n    reason: 业务发展需要"}]);
    expectFires(c, 'JL-CHANGE-15', {"context": "    amount: 130\n", "needle": "130"});
  });

  it('stays quiet on the example', () => {
    expectQuiet(checkExample('jilin'), 'JL-CHANGE-15');
  });
});
