import { describe, expect, it } from 'vitest';
import { checkExample, expectFires, expectQuiet } from '../../test/rule-harness.js';
import { expectConsistentQuiet, expectOneFinding } from '../../test/document-fixtures.js';
import { monthsBetween } from './doc-period.js';

describe('DOC-PERIOD', () => {
  it('counts months between two days, rounded as a person would (2024-07-15 … 2025-10-31 is 15.5)', () => {
    expect(monthsBetween('2024-07-15', '2025-10-31')).toBeCloseTo(15.55, 1);
    expect(monthsBetween('2025-01-01', '2025-12-31')).toBe(12);
  });

  it('fires (a warning) at a 建设期 in months more than a month off the dates: 18 against 15.5', () => {
    expectOneFinding('period', 'DOC-PERIOD', '建设期18个月');
  });

  it('fires at a 建设期 from and to dates that are not project.yaml\'s', () => {
    const c = checkExample('gulou', [{ file: 'docs/可行性研究报告.md', from: '建设期自2025-07-01至2026-06-30', to: '建设期自2025-07-01至2026-09-30' }]);
    expectFires(c, 'DOC-PERIOD', { file: 'docs/可行性研究报告.md', context: '建设期自2025-07-01至2026-09-30' });
  });

  it('stays quiet within a month and on dates written to a month (2024年7月 for 2024-07-15)', () => {
    expectQuiet(checkExample('gulou', [{ file: 'docs/可行性研究报告.md', from: '建设期自2025-07-01至2026-06-30', to: '建设期自2025年7月至2026年6月，建设期12个月' }]), 'DOC-PERIOD');
    expectConsistentQuiet('DOC-PERIOD');
  });
});
