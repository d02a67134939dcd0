import { describe, expect, it } from 'vitest';
import { checkExample, expectFires, expectQuiet } from '../rule-harness.js';

describe('GL-CHANGE-10', () => {
  it('stays quiet on the example', () => {
    expectQuiet(checkExample('gulou'), 'GL-CHANGE-10');
  });

  it('fires at exactly 10%: re-approval', () => {
    const c = checkExample('gulou', [{ from: 'stage: 试运行', to: 'stage: 试运行\nchanges:\n  - date: 2026-03-01\n    amount: 18.65\n    content: 增加应急指挥模块' }]);
    const [f] = expectFires(c, 'GL-CHANGE-10', { context: '    amount: 18.65\n', needle: '18.65' });
    expect(f!.message).toContain('必须重新立项');
  });

  it('under 10% is the change procedure, said as info', () => {
    const c = checkExample('gulou', [{ from: 'stage: 试运行', to: 'stage: 试运行\nchanges:\n  - date: 2026-03-01\n    amount: 18.6\n    content: 增加应急指挥模块' }]);
    const mine = c.findings.filter((f) => f.ruleId === 'GL-CHANGE-10');
    expect(mine).toEqual([expect.objectContaining({ severity: 'info', message: expect.stringContaining('履行项目变更手续') })]);
  });
});
