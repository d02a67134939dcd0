import { describe, expect, it } from 'vitest';
import { checkExample, expectQuiet, ruleFindings } from '../rule-harness.js';

describe('BZ-IP', () => {
  it('fires when the contract has not settled ownership', () => {
    const fs = ruleFindings('bazhong', 'BZ-IP', { edits: [{ from: 'BZ-IP: true', to: 'BZ-IP: false' }] });
    expect(fs.map((x) => x.message)).toEqual(['未约定成果权属：第二十七条“合同已对软件开发涉及的源代码、专利、成果等权属作出明确约定”']);
  });

  it('stays quiet on the example', () => {
    expectQuiet(checkExample('bazhong'), 'BZ-IP');
  });
});
