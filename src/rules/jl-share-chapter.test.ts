import { describe, it } from 'vitest';
import { checkExample, expectOutlineFires, expectQuiet } from '../../test/rule-harness.js';

describe('JL-SHARE-CHAPTER', () => {
  it('fires when a heading it asks for is gone, at the heading it belongs by', () => {
    const c = checkExample('jilin', [{ file: 'docs/可行性研究报告.docx', from: '四、政务信息资源目录和政务信息资源共享方案', to: '四、补充说明' }]);
    expectOutlineFires(c, 'JL-SHARE-CHAPTER', { file: 'docs/可行性研究报告.docx', title: '政务信息资源目录和政务信息资源共享方案', anchor: '第四章 项目建设方案' });
  });

  it('stays quiet on the example', () => {
    expectQuiet(checkExample('jilin'), 'JL-SHARE-CHAPTER');
  });
});
