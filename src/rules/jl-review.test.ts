import { describe, it } from 'vitest';
import { checkExample, expectOutlineFires, expectQuiet } from '../../test/rule-harness.js';

describe('JL-REVIEW', () => {
  it('fires when a heading it asks for is gone, at the heading it belongs by', () => {
    const c = checkExample('jilin', [{ file: 'docs/可行性研究报告.docx', from: '十七、基础资源和技术服务需求', to: '十七、补充说明' }]);
    expectOutlineFires(c, 'JL-REVIEW', { file: 'docs/可行性研究报告.docx', title: '基础资源和技术服务需求', anchor: '第四章 项目建设方案' });
  });

  it('stays quiet on the example', () => {
    expectQuiet(checkExample('jilin'), 'JL-REVIEW');
  });
});
