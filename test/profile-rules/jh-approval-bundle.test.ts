import { describe, expect, it } from 'vitest';
import { checkExample, expectQuiet, ruleFindings } from '../rule-harness.js';

describe('JH-APPROVAL-BUNDLE', () => {
  it('fires for an approval paper that is not in its folder', () => {
    const fs = ruleFindings('jinhu', 'JH-APPROVAL-BUNDLE', { remove: ['materials/16-2-技术评估意见/技术评估意见（示例）.md'] });
    expect(fs.map((x) => x.file)).toEqual(['materials/16-2-技术评估意见']);
  });

  it('stays quiet on the example', () => {
    expectQuiet(checkExample('jinhu'), 'JH-APPROVAL-BUNDLE');
  });
});
