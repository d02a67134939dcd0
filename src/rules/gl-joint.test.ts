import { describe, it } from 'vitest';
import { checkExample, expectOutlineFires, expectQuiet } from '../../test/rule-harness.js';

describe('GL-JOINT', () => {
  it('fires when a heading it asks for is gone, at the heading it belongs by', () => {
    const c = checkExample('gulou', [{ file: 'docs/可行性研究报告.md', from: '四、数据流', to: '四、补充说明' }]);
    expectOutlineFires(c, 'GL-JOINT', { file: 'docs/可行性研究报告.md', title: '数据流', anchor: '第四章 项目建设方案' });
  });

  it('stays quiet on the example', () => {
    expectQuiet(checkExample('gulou'), 'GL-JOINT');
  });
});
