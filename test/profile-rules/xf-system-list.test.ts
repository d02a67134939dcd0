import { describe, expect, it } from 'vitest';
import { checkExample, expectQuiet, ruleFindings } from '../rule-harness.js';

describe('XF-SYSTEM-LIST', () => {
  it('fires at a row that names no 信息系统', () => {
    const fs = ruleFindings('xiangfen', 'XF-SYSTEM-LIST', { edits: [{ file: 'tables/信息资源目录.yaml', from: '    openType: 无条件开放\n    system: 襄汾县政务服务“一网通办”平台\n', to: '    openType: 无条件开放\n' }] });
    expect(fs.map((x) => [x.file, x.line])).toEqual([['tables/信息资源目录.yaml', 7]]);
    expect(fs[0]!.message).toMatch(/^第 1 行缺少「.+」（system）/);
  });

  it('stays quiet on the example', () => {
    expectQuiet(checkExample('xiangfen'), 'XF-SYSTEM-LIST');
  });
});
