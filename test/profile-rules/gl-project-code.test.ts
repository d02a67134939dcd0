import { describe, expect, it } from 'vitest';
import { checkExample, expectQuiet, ruleFindings } from '../rule-harness.js';

describe('GL-PROJECT-CODE', () => {
  it('fires when the investment project code is not stated', () => {
    const fs = ruleFindings('gulou', 'GL-PROJECT-CODE', { edits: [{ from: 'code: 2025-320106-65-01-632118\n', to: '' }] });
    expect(fs.map((x) => x.message)).toEqual(['缺少投资项目统一代码（江苏省投资项目在线审批监管平台）（code），自立项审批阶段起应当填写']);
  });

  it('stays quiet on the example', () => {
    expectQuiet(checkExample('gulou'), 'GL-PROJECT-CODE');
  });
});
