import { describe, it } from 'vitest';
import { checkExample, expectOutlineFires, expectQuiet } from '../../test/rule-harness.js';

describe('JL-OUTLINE-CS', () => {
  it('fires when a heading it asks for is gone, at the heading it belongs by', () => {
    const c = checkExample('jilin', [{ file: 'docs/初步设计方案和投资概算.docx', from: '第二章 项目建设单位概况', to: '第二章 补充说明' }]);
    expectOutlineFires(c, 'JL-OUTLINE-CS', { file: 'docs/初步设计方案和投资概算.docx', title: '项目建设单位概况', anchor: '第一章 项目概述' });
  });

  it('stays quiet on the example', () => {
    expectQuiet(checkExample('jilin'), 'JL-OUTLINE-CS');
  });
});
