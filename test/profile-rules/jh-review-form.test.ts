import { describe, expect, it } from 'vitest';
import { checkExample, expectQuiet, ruleFindings } from '../rule-harness.js';

describe('JH-REVIEW-FORM', () => {
  it('fires at 竣工验收 when the 审查表 is not in its folder', () => {
    const fs = ruleFindings('jinhu', 'JH-REVIEW-FORM', { remove: ['materials/01-审查表/审查表（示例）.md'] });
    expect(fs.map((x) => x.message)).toEqual(['自竣工验收阶段起应当具备「审查表」（第十三条（附件3）），materials/01-审查表/ 中没有文件']);
  });

  it('stays quiet on the example', () => {
    expectQuiet(checkExample('jinhu'), 'JH-REVIEW-FORM');
  });
});
