import { describe, expect, it } from 'vitest';
import { checkExample, expectQuiet, ruleFindings } from '../rule-harness.js';

describe('XF-ACCEPT-SHARE', () => {
  it('fires at 竣工验收 when the proof of the catalogue in the sharing platform is missing', () => {
    const fs = ruleFindings('xiangfen', 'XF-ACCEPT-SHARE', { stage: '竣工验收' });
    expect(fs.map((x) => x.file)).toEqual(['materials/03-信息资源目录录入共享平台证明']);
  });

  it('stays quiet before 竣工验收 (the example is at 建设实施)', () => {
    expectQuiet(checkExample('xiangfen'), 'XF-ACCEPT-SHARE');
  });
});
