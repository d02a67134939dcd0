import { describe, it } from 'vitest';
import { checkExample, expectFires, expectQuiet } from '../rule-harness.js';

describe('XF-REPORT-30WD', () => {
  it('fires on a changed example, at the fact', () => {
    const c = checkExample('xiangfen', [{"from": "  constructionStart: 2026-10-12\n", "to": "  constructionStart: 2026-10-12\n  accepted: 2026-09-01\n  acceptanceReportFiled: 2026-11-20\n"}], { write: { 'materials/04-竣工验收报告/竣工验收报告.pdf': '%PDF-1.4 scan' } });
    expectFires(c, 'XF-REPORT-30WD', {"context": "acceptanceReportFiled: 2026-11-20", "needle": "2026-11-20"});
  });

  it('stays quiet on the example', () => {
    expectQuiet(checkExample('xiangfen'), 'XF-REPORT-30WD');
  });
});
