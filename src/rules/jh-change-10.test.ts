import { describe, expect, it } from 'vitest';
import { checkExample, expectFires, expectQuiet } from '../../test/rule-harness.js';

describe('JH-CHANGE-10', () => {
  it('fires on a changed example, at the fact', () => {
    const c = checkExample('jinhu', [{"from": "freeMaintenanceMonths: 12", "to": "freeMaintenanceMonths: 12\nchanges:\n  - date: 2025-12-01\n    amount: 50\n    content: 增加视频接入路数"}]);
    expectFires(c, 'JH-CHANGE-10', {"context": "    amount: 50\n", "needle": "50"});
  });

  it('stays quiet on the example', () => {
    expectQuiet(checkExample('jinhu'), 'JH-CHANGE-10');
  });

  it('a change within 10% names the procedure; a brand change is refused', () => {
    const c = checkExample('jinhu', [{ from: 'freeMaintenanceMonths: 12', to: 'freeMaintenanceMonths: 12\nchanges:\n  - date: 2025-12-01\n    amount: 20\n    content: 更换存储品牌\n    brandsChanged: true' }]);
    const mine = c.findings.filter((f) => f.ruleId === 'JH-CHANGE-10');
    expect(mine.map((f) => f.severity)).toEqual(['info', 'error']);
    expect(mine[0]!.message).toContain('县数据局批复');
    expect(mine[1]!.message).toContain('品牌不得变更');
  });
});
