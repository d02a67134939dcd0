import { describe, it } from 'vitest';
import { checkExample, expectOutlineFires, expectQuiet } from '../../test/rule-harness.js';

describe('JH-SCHEME-CONTENT', () => {
  it('fires when a heading it asks for is gone, at the heading it belongs by', () => {
    const c = checkExample('jinhu', [{ file: 'docs/建设方案.md', from: '第五章 密码应用实施', to: '第五章 补充说明' }]);
    expectOutlineFires(c, 'JH-SCHEME-CONTENT', { file: 'docs/建设方案.md', title: '密码应用实施', anchor: '第四章 网络和数据安全' });
  });

  it('stays quiet on the example', () => {
    expectQuiet(checkExample('jinhu'), 'JH-SCHEME-CONTENT');
  });
});
