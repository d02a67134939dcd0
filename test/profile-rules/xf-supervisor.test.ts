import { describe, expect, it } from 'vitest';
import { checkExample, expectQuiet, ruleFindings } from '../rule-harness.js';

describe('XF-SUPERVISOR', () => {
  it('fires at 建设实施 when the supervisor’s filing is not in its folder', () => {
    const fs = ruleFindings('xiangfen', 'XF-SUPERVISOR', { remove: ['materials/02-监理单位备案材料/监理单位备案材料（示例）.md'] });
    expect(fs.map((x) => x.file)).toEqual(['materials/02-监理单位备案材料']);
  });

  it('stays quiet on the example', () => {
    expectQuiet(checkExample('xiangfen'), 'XF-SUPERVISOR');
  });
});
