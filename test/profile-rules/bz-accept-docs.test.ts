import { describe, expect, it } from 'vitest';
import { checkExample, expectQuiet, ruleFindings } from '../rule-harness.js';

describe('BZ-ACCEPT-DOCS', () => {
  it('fires at 竣工验收 for each of 第二十九条’s materials missing', () => {
    const fs = ruleFindings('bazhong', 'BZ-ACCEPT-DOCS', { stage: '竣工验收' });
    expect(fs.map((x) => x.file.replace('materials/', ''))).toEqual(['02-项目建设总结', '03-财务报告', '04-第三方审计报告', '05-信息资源共享报告', '06-第三方测评报告', '07-安全风险评估报告', '08-密码应用安全性评估报告']);
  });

  it('stays quiet before 竣工验收 (the example is at 建设实施)', () => {
    expectQuiet(checkExample('bazhong'), 'BZ-ACCEPT-DOCS');
  });
});
