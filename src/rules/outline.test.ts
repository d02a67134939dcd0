import { describe, it } from 'vitest';
import { checkExample, expectOutlineFires, expectQuiet } from '../../test/rule-harness.js';

describe('OUTLINE', () => {
  it('fires when a heading it asks for is gone, at the heading it belongs by', () => {
    const c = checkExample('national', [{ file: 'docs/可行性研究报告.md', from: '第七章 项目实施进度', to: '第七章 补充说明' }]);
    expectOutlineFires(c, 'OUTLINE', { file: 'docs/可行性研究报告.md', title: '项目实施进度', anchor: '第六章 项目组织机构和人员' });
  });

  it('stays quiet on the example', () => {
    expectQuiet(checkExample('national'), 'OUTLINE');
  });
});
