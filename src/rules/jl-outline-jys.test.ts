import { describe, it } from 'vitest';
import { checkExample, expectOutlineFires, expectQuiet } from '../../test/rule-harness.js';

describe('JL-OUTLINE-JYS', () => {
  it('fires when a heading it asks for is gone, at the heading it belongs by', () => {
    const c = checkExample('jilin', [{ file: 'docs/项目建议书.docx', from: '第五章 环保、消防、职业安全与卫生、节能等措施', to: '第五章 补充说明' }]);
    expectOutlineFires(c, 'JL-OUTLINE-JYS', { file: 'docs/项目建议书.docx', title: '环保、消防、职业安全与卫生、节能等措施', anchor: '第四章 项目建设方案' });
  });

  it('stays quiet on the example', () => {
    expectQuiet(checkExample('jilin'), 'JL-OUTLINE-JYS');
  });
});
