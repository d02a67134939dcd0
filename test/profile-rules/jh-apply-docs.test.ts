import { describe, expect, it } from 'vitest';
import { checkExample, expectQuiet, ruleFindings } from '../rule-harness.js';

describe('JH-APPLY-DOCS', () => {
  it('fires for an application paper that is not in its folder', () => {
    const fs = ruleFindings('jinhu', 'JH-APPLY-DOCS', { remove: ['materials/08-3-公共数据资源共享及需求情况/公共数据资源共享及需求情况（示例）.md'] });
    expect(fs.map((x) => x.message)).toEqual(['自计划申报阶段起应当具备「公共数据资源共享及需求情况」（第八条（一）），materials/08-3-公共数据资源共享及需求情况/ 中没有文件']);
  });

  it('stays quiet on the example', () => {
    expectQuiet(checkExample('jinhu'), 'JH-APPLY-DOCS');
  });
});
