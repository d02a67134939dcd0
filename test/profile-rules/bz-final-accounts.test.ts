import { describe, expect, it } from 'vitest';
import { checkExample, expectQuiet, ruleFindings } from '../rule-harness.js';

describe('BZ-FINAL-ACCOUNTS', () => {
  it('fires at 运行维护 when the 竣工财务决算报告 is missing', () => {
    const fs = ruleFindings('bazhong', 'BZ-FINAL-ACCOUNTS', { stage: '运行维护' });
    expect(fs.map((x) => x.file)).toEqual(['materials/09-竣工财务决算报告']);
  });

  it('stays quiet before 运行维护', () => {
    expectQuiet(checkExample('bazhong'), 'BZ-FINAL-ACCOUNTS');
  });
});
