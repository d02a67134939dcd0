import { describe, expect, it } from 'vitest';
import { checkExample, expectQuiet, ruleFindings } from '../rule-harness.js';

describe('XF-CATALOGUE', () => {
  it('fires at a row without its 开放属性', () => {
    const fs = ruleFindings('xiangfen', 'XF-CATALOGUE', { edits: [{ file: 'tables/信息资源目录.yaml', from: '    openType: 不予开放\n', to: '' }] });
    expect(fs.map((x) => [x.file, x.line, x.message])).toEqual([['tables/信息资源目录.yaml', 15, '第 2 行缺少「开放属性」（openType）（自立项审批阶段起每行应当填写）']]);
  });

  it('stays quiet on the example', () => {
    expectQuiet(checkExample('xiangfen'), 'XF-CATALOGUE');
  });
});
