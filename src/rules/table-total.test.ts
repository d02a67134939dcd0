import { describe, it } from 'vitest';
import { checkExample, expectFires, expectQuiet } from '../../test/rule-harness.js';

describe('TABLE-TOTAL', () => {
  it('fires on a changed example, at the fact', () => {
    // The cloud row: no line of the estimate carries it, so only this table's own sums are off.
    const c = checkExample('jilin', [{"from": "    amount: 86.4\n", "to": "    amount: 86\n", "file": "tables/软硬件配置清单.yaml"}]);
    expectFires(c, 'TABLE-TOTAL', {"file": "tables/软硬件配置清单.yaml", "context": "    amount: 86\n", "needle": "86"});
  });

  it('stays quiet on the example', () => {
    expectQuiet(checkExample('jilin'), 'TABLE-TOTAL');
  });
});
