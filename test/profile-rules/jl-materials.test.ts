import { describe, expect, it } from 'vitest';
import { checkExample, expectQuiet, ruleFindings } from '../rule-harness.js';

describe('JL-MATERIALS', () => {
  it('fires when an item of 附件4 is not in its folder', () => {
    const fs = ruleFindings('jilin', 'JL-MATERIALS', { remove: ['materials/13-5-操作手册/操作手册（示例）.md'] });
    expect(fs.map((x) => x.message)).toEqual(['自竣工验收阶段起应当具备「操作手册」（附件4 第13项），materials/13-5-操作手册/ 中没有文件']);
  });

  it('stays quiet on the example', () => {
    expectQuiet(checkExample('jilin'), 'JL-MATERIALS');
  });
});
