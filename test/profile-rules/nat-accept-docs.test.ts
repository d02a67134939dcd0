import { describe, expect, it } from 'vitest';
import { checkExample, expectQuiet, ruleFindings } from '../rule-harness.js';

describe('NAT-ACCEPT-DOCS', () => {
  it('fires at 竣工验收 for each attachment missing, at its folder', () => {
    const fs = ruleFindings('national', 'NAT-ACCEPT-DOCS', { stage: '竣工验收' });
    expect(fs.map((x) => x.file)).toEqual(['01-竣工验收申请', '02-项目建设总结', '03-初步验收报告', '04-财务报告', '05-审计报告', '06-安全风险评估报告', '07-密码应用安全性评估报告'].map((d) => `materials/${d}`));
    expect(fs[0]!.message).toBe('自竣工验收阶段起应当具备「竣工验收申请」（国办发〔2019〕57号（竣工验收）），materials/01-竣工验收申请/ 中没有文件');
  });

  it('stays quiet before 竣工验收 (the example is at 立项审批)', () => {
    expectQuiet(checkExample('national'), 'NAT-ACCEPT-DOCS');
  });
});
