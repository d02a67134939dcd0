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

  it('a document that is wholly the skeleton is an error at a stage that submits it, a warning before', () => {
    const skeleton = '# 项目建议书\n\n## 第一章 项目概述\n\n（在此编写。）\n\n## 第二章 项目建设单位概况\n\n（在此编写。）\n';
    const at = checkExample('national', [], { write: { [DOC]: skeleton } });
    expect(at.findings.filter((f) => f.ruleId === 'DOC-CONTENT' && f.file === DOC).map((f) => f.severity)).toEqual(['error', 'error']);
    const before = checkExample('national', [{ from: 'stage: 立项审批', to: 'stage: 计划申报' }], { write: { [DOC]: skeleton } });
    expect(before.findings.filter((f) => f.ruleId === 'DOC-CONTENT' && f.file === DOC).map((f) => f.severity)).toEqual(['warning', 'warning']);
  });

  for (const profile of Object.keys(EXAMPLES) as (keyof typeof EXAMPLES)[]) {
    it(`stays quiet on the ${profile} example`, () => {
      expectQuiet(checkExample(profile), 'DOC-CONTENT');
    });
  }
});
