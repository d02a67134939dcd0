import { describe, expect, it } from 'vitest';
import { checkExample, expectQuiet, ruleFindings } from '../rule-harness.js';

describe('GL-APPLY', () => {
  it('fires when the 立项申请报告 is not in its folder', () => {
    const fs = ruleFindings('gulou', 'GL-APPLY', { remove: ['materials/14-1-立项申请报告/立项申请报告（示例）.md'] });
    expect(fs.map((x) => x.file)).toEqual(['materials/14-1-立项申请报告']);
  });

  it('stays quiet on the example', () => {
    expectQuiet(checkExample('gulou'), 'GL-APPLY');
  });
});
