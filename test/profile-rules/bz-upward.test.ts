import { describe, expect, it } from 'vitest';
import { checkExample, expectQuiet, ruleFindings } from '../rule-harness.js';

describe('BZ-UPWARD', () => {
  it('fires on a yes, quoting 第十三条', () => {
    const fs = ruleFindings('bazhong', 'BZ-UPWARD', { edits: [{ from: 'BZ-UPWARD: false', to: 'BZ-UPWARD: true' }] });
    expect(fs.map((x) => x.message)).toEqual(['未按规定先行初核备案：第十三条“项目申请国家、省统筹安排的建设资金，但申报前未将项目申报方案提交市政务服务和大数据管理局初核并备案”']);
  });

  it('stays quiet on the example', () => {
    expectQuiet(checkExample('bazhong'), 'BZ-UPWARD');
  });
});
