import { describe, expect, it } from 'vitest';
import { checkExample, expectQuiet, ruleFindings } from '../rule-harness.js';

describe('BZ-OPINIONS', () => {
  it('fires for a written opinion that is not in its folder', () => {
    const fs = ruleFindings('bazhong', 'BZ-OPINIONS', { remove: ['materials/20-3-项目资金审核意见/项目资金审核意见（示例）.md'] });
    expect(fs.map((x) => [x.file, x.line])).toEqual([['materials/20-3-项目资金审核意见', 1]]);
  });

  it('stays quiet on the example', () => {
    expectQuiet(checkExample('bazhong'), 'BZ-OPINIONS');
  });
});
