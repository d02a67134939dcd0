import { describe, expect, it } from 'vitest';
import { checkExample, expectFires, expectQuiet } from '../../test/rule-harness.js';

describe('BZ-SERVICE', () => {
  it('fires on a changed example, at the fact', () => {
    const c = checkExample('bazhong', [{"from": "mode: 自行建设", "to": "mode: 采购服务"}]);
    expectFires(c, 'BZ-SERVICE', {"context": "stage: 建设实施", "needle": "建设实施"});
  });

  it('stays quiet on the example', () => {
    expectQuiet(checkExample('bazhong'), 'BZ-SERVICE');
  });

  it('fires at the answer when a condition of a purchased service is not met', () => {
    const c = checkExample('bazhong', [{ from: 'mode: 自行建设', to: 'mode: 采购服务' }, { from: 'BZ-SERVICE-2: true', to: 'BZ-SERVICE-2: false' }]);
    const mine = c.findings.filter((f) => f.ruleId === 'BZ-SERVICE');
    expect(mine.map((f) => f.message).join()).toContain('服务费总额明显低于自行建设和运维成本');
  });
});
