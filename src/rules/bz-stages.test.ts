import { describe, it } from 'vitest';
import { checkExample, expectFires, expectOutlineFires, expectQuiet } from '../../test/rule-harness.js';

describe('BZ-STAGES', () => {
  it('fires on a changed example, at the fact', () => {
    const c = checkExample('bazhong', [{"from": "  implementation: docs/实施方案.md\n", "to": ""}], {"remove": ["docs/实施方案.md"]});
    expectFires(c, 'BZ-STAGES', {"context": "stage: 建设实施", "needle": "建设实施"});
  });

  it('stays quiet on the example', () => {
    expectQuiet(checkExample('bazhong'), 'BZ-STAGES');
  });

  it('fires when a heading it asks for is gone, at the heading it belongs by', () => {
    const c = checkExample('bazhong', [{ file: 'docs/实施方案.md', from: '第六章 项目组织机构和人员', to: '第六章 补充说明' }]);
    expectOutlineFires(c, 'BZ-STAGES', { file: 'docs/实施方案.md', title: '项目组织机构和人员', anchor: '第五章 信息资源共享分析' });
  });
});
