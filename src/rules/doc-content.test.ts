import { describe, expect, it } from 'vitest';
import { checkExample, expectFires, expectQuiet } from '../../test/rule-harness.js';
import { EXAMPLES } from '../../test/helpers.js';

const DOC = 'docs/项目建议书.md';
const CHAPTER = '## 第三章 需求分析和项目建设的必要性\n\n';

describe('DOC-CONTENT', () => {
  it('fires at a chapter still holding the skeleton (a warning), in an example otherwise written', () => {
    const written = '现有业务系统分散建设、数据标准不一，跨部门数据共享依靠人工报送，难以满足“一网通办”和精准监管的要求；通过本项目统一数据标准、打通数据壁垒，是落实上级部署、提升治理能力的必要举措。';
    const c = checkExample('national', [{ file: DOC, from: written, to: '> 编写提示：现状与差距。\n\n（在此编写。）' }]);
    const [f] = expectFires(c, 'DOC-CONTENT', { file: DOC, context: '## 第三章 需求分析', needle: '## 第三章' });
    expect(f!.severity).toBe('warning');
  });

  it('fires on ××万元 in a chapter', () => {
    const c = checkExample('national', [{ file: DOC, from: CHAPTER, to: `${CHAPTER}本项目总投资××万元。\n\n` }]);
    const [f] = expectFires(c, 'DOC-CONTENT', { file: DOC, context: '## 第三章 需求分析', needle: '## 第三章' });
    expect(f!.message).toContain('占位内容「××」');
  });

  it('a document that is wholly the skeleton is no chapter-by-chapter finding: its route rule says it once where it is due, nothing where it is not', () => {
    const skeleton = '# 项目建议书\n\n## 第一章 项目概述\n\n（在此编写。）\n\n## 第二章 项目建设单位概况\n\n（在此编写。）\n';
    const of = (c: ReturnType<typeof checkExample>) => c.findings.filter((f) => f.file === DOC).map((f) => [f.ruleId, f.severity, f.message]);
    // Not in the plan, the 建议书 is on the route and due at 立项审批.
    const due = checkExample('national', [{ from: 'inAnnualPlan: true', to: 'inAnnualPlan: false' }], { write: { [DOC]: skeleton } });
    expect(of(due)).toEqual([['NAT-STAGES', 'error', expect.stringMatching(/^项目建议书仍是骨架，尚未编写任何章节（.*）：立项审批阶段应当提交$/)]]);
    // Before the documents are submitted, or off the route (in the plan the 可研 comes first), nothing.
    const before = checkExample('national', [{ from: 'inAnnualPlan: true', to: 'inAnnualPlan: false' }, { from: 'stage: 立项审批', to: 'stage: 计划申报' }], { write: { [DOC]: skeleton } });
    expect(of(before)).toEqual([]);
    expect(of(checkExample('national', [], { write: { [DOC]: skeleton } }))).toEqual([]);
  });

  for (const profile of Object.keys(EXAMPLES) as (keyof typeof EXAMPLES)[]) {
    it(`stays quiet on the ${profile} example`, () => {
      expectQuiet(checkExample(profile), 'DOC-CONTENT');
    });
  }
});
