import { describe, it } from 'vitest';
import { checkExample, expectOutlineFires, expectQuiet } from '../../test/rule-harness.js';

describe('GL-SHARE', () => {
  it('fires when a heading it asks for is gone, at the heading it belongs by', () => {
    const c = checkExample('gulou', [{ file: 'docs/项目建议书.md', from: '第五章 数据资源共享', to: '第五章 补充说明' }]);
    expectOutlineFires(c, 'GL-SHARE', { file: 'docs/项目建议书.md', title: '数据资源共享', anchor: '第四章 项目建设方案' });
  });

  it('stays quiet on the example', () => {
    expectQuiet(checkExample('gulou'), 'GL-SHARE');
  });
});
