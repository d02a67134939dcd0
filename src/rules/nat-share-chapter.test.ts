import { describe, it } from 'vitest';
import { checkExample, expectOutlineFires, expectQuiet } from '../../test/rule-harness.js';

describe('NAT-SHARE-CHAPTER', () => {
  it('fires when a heading it asks for is gone, at the heading it belongs by', () => {
    const c = checkExample('national', [{ file: 'docs/可行性研究报告.md', from: '第五章 信息资源共享分析', to: '第五章 补充说明' }]);
    expectOutlineFires(c, 'NAT-SHARE-CHAPTER', { file: 'docs/可行性研究报告.md', title: '信息资源共享分析', anchor: '第四章 项目建设方案' });
  });

  it('stays quiet on the example', () => {
    expectQuiet(checkExample('national'), 'NAT-SHARE-CHAPTER');
  });
});
