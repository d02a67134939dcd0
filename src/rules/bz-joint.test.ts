import { describe, expect, it } from 'vitest';
import { checkExample, expectOutlineFires, expectQuiet } from '../../test/rule-harness.js';

const JOINT = { from: 'inAnnualPlan: true\n', to: 'inAnnualPlan: true\ncrossDepartment:\n  lead: 巴中市医疗保障局\n  participants: [巴中市卫生健康委员会]\n' };

describe('BZ-JOINT', () => {
  it('fires when a cross-department project does not state each department\'s scope, under the plan chapter', () => {
    const c = checkExample('bazhong', [JOINT]);
    const mine = expectOutlineFires(c, 'BZ-JOINT', { file: 'docs/初步设计方案和投资概算.md', title: '各部门建设范围和责任', anchor: '第三章 项目建设方案' });
    // Every document of the route, and both items: the scope and the data catalogue.
    expect(new Set(mine.map((f) => f.file)).size).toBe(4);
    expect(mine.some((f) => f.message.includes('「数据目录」'))).toBe(true);
  });

  it('stays quiet when the documents state scope and catalogue', () => {
    const text = '项目建设方案\n\n### 各部门建设范围和责任\n\n### 数据目录\n';
    const docs = ['docs/初步设计方案和投资概算.md', 'docs/可行性研究报告.md', 'docs/实施方案.md', 'docs/项目建议书.md'];
    const c = checkExample('bazhong', [JOINT, ...docs.map((file) => ({ file, from: '项目建设方案\n', to: text }))]);
    expectQuiet(c, 'BZ-JOINT');
  });

  it('stays quiet on a project of one department', () => {
    expectQuiet(checkExample('bazhong'), 'BZ-JOINT');
  });
});
