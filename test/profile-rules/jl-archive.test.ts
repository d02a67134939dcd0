import { describe, expect, it } from 'vitest';
import { checkExample, expectFires, expectQuiet } from '../rule-harness.js';

describe('JL-ARCHIVE (date-order)', () => {
  it('fires when the archives were accepted after the project', () => {
    const c = checkExample('jilin', [{ from: 'archiveAcceptance: 2026-06-05', to: 'archiveAcceptance: 2026-08-27' }]);
    const mine = expectFires(c, 'JL-ARCHIVE', { context: 'archiveAcceptance: 2026-08-27', needle: '2026-08-27' });
    expect(mine[0]!.message).toBe('档案验收（2026-08-27）晚于竣工验收（2026-08-26）：须先档案验收');
    expect(mine[0]!.source).toBe('《吉林省政务信息化项目建设管理办法》第二十四条');
  });

  it('fires on an acceptance with no 档案验收 date', () => {
    const c = checkExample('jilin', [{ from: '  archiveAcceptance: 2026-06-05\n', to: '' }]);
    const mine = c.findings.filter((f) => f.ruleId === 'JL-ARCHIVE');
    expect(mine.map((f) => [f.severity, f.message])).toEqual([['error', '已有竣工验收（2026-08-26），但没有档案验收：须先档案验收']]);
  });

  it('stays quiet on the example, and on the same day', () => {
    expectQuiet(checkExample('jilin'), 'JL-ARCHIVE');
    expectQuiet(checkExample('jilin', [{ from: 'archiveAcceptance: 2026-06-05', to: 'archiveAcceptance: 2026-08-26' }]), 'JL-ARCHIVE');
  });
});
