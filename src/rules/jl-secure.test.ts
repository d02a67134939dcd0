import { describe, it } from 'vitest';
import { checkExample, expectOutlineFires, expectQuiet } from '../../test/rule-harness.js';

describe('JL-SECURE', () => {
  it('fires when a heading it asks for is gone, at the heading it belongs by', () => {
    const c = checkExample('jilin', [{ file: 'docs/项目建议书.docx', from: '十一、密码应用方案', to: '十一、补充说明' }]);
    expectOutlineFires(c, 'JL-SECURE', { file: 'docs/项目建议书.docx', title: '密码应用方案', anchor: '第四章 项目建设方案' });
  });

  it('stays quiet on the example', () => {
    expectQuiet(checkExample('jilin'), 'JL-SECURE');
  });
});
