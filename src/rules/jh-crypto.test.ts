import { describe, it } from 'vitest';
import { checkExample, expectOutlineFires, expectQuiet } from '../../test/rule-harness.js';

describe('JH-CRYPTO', () => {
  it('fires when a heading it asks for is gone, at the heading it belongs by', () => {
    const c = checkExample('jinhu', [{ file: 'docs/初步设计方案和投资概算.md', from: '一、网络安全和等级保护', to: '一、补充说明' }]);
    expectOutlineFires(c, 'JH-CRYPTO', { file: 'docs/初步设计方案和投资概算.md', title: '网络安全和等级保护', anchor: '第三章 项目建设方案' });
  });

  it('stays quiet on the example', () => {
    expectQuiet(checkExample('jinhu'), 'JH-CRYPTO');
  });
});
