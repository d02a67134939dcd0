import { describe, it } from 'vitest';
import { checkExample, expectFires, expectQuiet } from '../../test/rule-harness.js';

describe('TABLE-TOTAL', () => {
  it('fires on a changed example, at the fact', () => {
    const c = checkExample('jilin', [{"from": "    amount: 52\n", "to": "    amount: 50\n", "file": "tables/软硬件配置清单.yaml"}]);
    expectFires(c, 'TABLE-TOTAL', {"file": "tables/软硬件配置清单.yaml", "context": "    amount: 50\n", "needle": "50"});
  });

  it('stays quiet on the example', () => {
    expectQuiet(checkExample('jilin'), 'TABLE-TOTAL');
  });
});
