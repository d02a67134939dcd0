import { describe, it } from 'vitest';
import { checkExample, expectFires, expectQuiet } from '../../test/rule-harness.js';

describe('NAT-ESTIMATE-10', () => {
  it('fires on a changed example, at the fact', () => {
    // The documents state the 估算 too: they change with it (DOC-AMOUNT would say so otherwise).
    const docs = ['docs/可行性研究报告.md', 'docs/项目建议书.md'].map((file) => ({ file, from: '192.00万元', to: '160.00万元', all: true as const }));
    const c = checkExample('gulou', [{"from": "  estimate: 192\n", "to": "  estimate: 160\n"}, ...docs]);
    expectFires(c, 'NAT-ESTIMATE-10', {"context": "budgetEstimate: 186.5", "needle": "186.5"});
  });

  it('stays quiet on the example', () => {
    expectQuiet(checkExample('gulou'), 'NAT-ESTIMATE-10');
  });
});
