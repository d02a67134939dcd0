import { describe, it } from 'vitest';
import { checkExample, expectOutlineFires, expectQuiet } from '../../test/rule-harness.js';

describe('NAT-SECURE', () => {
  it('fires when a heading it asks for is gone, at the heading it belongs by', () => {
    const c = checkExample('national', [{ file: 'docs/可行性研究报告.md', from: '二、密码应用方案', to: '二、补充说明' }]);
    expectOutlineFires(c, 'NAT-SECURE', { file: 'docs/可行性研究报告.md', title: '密码应用方案', anchor: '第四章 项目建设方案' });
  });

  it('stays quiet on the example', () => {
    expectQuiet(checkExample('national'), 'NAT-SECURE');
  });
});
