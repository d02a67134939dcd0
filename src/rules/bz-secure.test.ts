import { describe, it } from 'vitest';
import { checkExample, expectOutlineFires, expectQuiet } from '../../test/rule-harness.js';

describe('BZ-SECURE', () => {
  it('fires when a heading it asks for is gone, at the heading it belongs by', () => {
    const c = checkExample('bazhong', [{ file: 'docs/实施方案.md', from: '一、软硬件产品安全可靠情况', to: '一、补充说明' }]);
    expectOutlineFires(c, 'BZ-SECURE', { file: 'docs/实施方案.md', title: '软硬件产品安全可靠情况', anchor: '第四章 项目建设方案' });
  });

  it('stays quiet on the example', () => {
    expectQuiet(checkExample('bazhong'), 'BZ-SECURE');
  });
});
