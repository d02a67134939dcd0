import { describe, expect, it } from 'vitest';
import { checkExample, expectFires, expectQuiet } from '../rule-harness.js';

describe('XF-CONTRACT-5WD', () => {
  it('fires on a changed example, at the fact', () => {
    const c = checkExample('xiangfen', [{"from": "contractFiled: 2026-10-09", "to": "contractFiled: 2026-10-12"}]);
    expectFires(c, 'XF-CONTRACT-5WD', {"context": "contractFiled: 2026-10-12", "needle": "2026-10-12"});
  });

  it('stays quiet on the example', () => {
    expectQuiet(checkExample('xiangfen'), 'XF-CONTRACT-5WD');
  });

  it('counts working days across 中秋 and 国庆 2026: filed on 10-09 is on time', () => {
    expectQuiet(checkExample('xiangfen'), 'XF-CONTRACT-5WD');
  });

  it('a deadline in a year without holiday data is a warning, not a guess', () => {
    const c = checkExample('xiangfen', [
      { from: 'contractSigned: 2026-09-24', to: 'contractSigned: 2026-12-28' },
      { from: 'contractFiled: 2026-10-09', to: 'contractFiled: 2027-01-05' },
    ]);
    const mine = c.findings.filter((f) => f.ruleId === 'XF-CONTRACT-5WD');
    expect(mine).toEqual([expect.objectContaining({ severity: 'warning', message: expect.stringContaining('节假日数据') })]);
  });
});
