import { describe, it } from 'vitest';
import { checkExample, expectOutlineFires, expectQuiet } from '../../test/rule-harness.js';

describe('JL-OUTLINE-KY', () => {
  it('fires when a heading it asks for is gone, at the heading it belongs by', () => {
    const c = checkExample('jilin', [{ file: 'docs/可行性研究报告.docx', from: '第五章 项目采购方案', to: '第五章 补充说明' }]);
    expectOutlineFires(c, 'JL-OUTLINE-KY', { file: 'docs/可行性研究报告.docx', title: '项目采购方案', anchor: '第四章 项目建设方案' });
  });

  it('stays quiet on the example', () => {
    expectQuiet(checkExample('jilin'), 'JL-OUTLINE-KY');
  });
});
