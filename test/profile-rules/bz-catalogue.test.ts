import { describe, expect, it } from 'vitest';
import { checkExample, expectQuiet, ruleFindings } from '../rule-harness.js';

describe('BZ-CATALOGUE', () => {
  it('fires at a 信息资源目录 row that does not say where its data come from', () => {
    const fs = ruleFindings('bazhong', 'BZ-CATALOGUE', { edits: [{ file: 'tables/信息资源目录.yaml', from: '    source: 业务系统\n', to: '' }] });
    expect(fs.map((x) => [x.file, x.message])).toEqual([['tables/信息资源目录.yaml', '第 1 行缺少「数据来源」（source）（自立项审批阶段起每行应当填写）']]);
  });

  it('stays quiet on the example', () => {
    expectQuiet(checkExample('bazhong'), 'BZ-CATALOGUE');
  });
});
