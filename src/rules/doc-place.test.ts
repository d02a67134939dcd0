import { describe, expect, it } from 'vitest';
import { checkExample, expectFires, expectQuiet } from '../../test/rule-harness.js';
import { expectConsistentQuiet, expectOneFinding } from '../../test/document-fixtures.js';

describe('DOC-PLACE', () => {
  it('fires (a warning) at a 吉林 可研 that still serves 哈尔滨市人力资源和社会保障局', () => {
    expectOneFinding('place', 'DOC-PLACE', '哈尔滨市');
  });

  it('fires at a 金湖县 document naming 盱眙县, a county beside it; stays quiet once project.yaml lists it in otherPlaces', () => {
    const text = { file: 'docs/可行性研究报告.md', from: '## 第一章 项目概述\n', to: '## 第一章 项目概述\n\n本项目参照江苏省淮安市盱眙县的做法建设。\n' };
    expectFires(checkExample('jinhu', [text]), 'DOC-PLACE', { file: 'docs/可行性研究报告.md', context: '盱眙县的做法' , needle: '盱眙县' });
    expectQuiet(checkExample('jinhu', [text, { from: 'documents:\n', to: 'otherPlaces: [盱眙县]\ndocuments:\n' }]), 'DOC-PLACE');
  });

  it('stays quiet on every place within or above the jurisdiction (长春市 in 吉林省, 江苏省 and 淮安市 above 金湖县), and on the national profile', () => {
    expectQuiet(checkExample('jinhu', [{ file: 'docs/可行性研究报告.md', from: '## 第一章 项目概述\n', to: '## 第一章 项目概述\n\n江苏省淮安市金湖县城市管理局。\n' }]), 'DOC-PLACE');
    expectQuiet(checkExample('national', [{ file: 'docs/可行性研究报告.md', from: '## 第一章 项目概述\n', to: '## 第一章 项目概述\n\n覆盖安徽省、江苏省、河南省和山东省。\n' }]), 'DOC-PLACE');
    expectConsistentQuiet('DOC-PLACE');
  });
});
