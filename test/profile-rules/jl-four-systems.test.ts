import { describe, expect, it } from 'vitest';
import { checkExample, expectQuiet, ruleFindings } from '../rule-harness.js';

describe('JL-FOUR-SYSTEMS', () => {
  it('fires on a system not followed, quoting 第十四条', () => {
    const fs = ruleFindings('jilin', 'JL-FOUR-SYSTEMS', { edits: [{ from: 'JL-FOUR-SYSTEMS-3: true', to: 'JL-FOUR-SYSTEMS-3: false' }] });
    expect(fs.map((x) => x.message)).toEqual(['未执行：第十四条“执行工程监理制”']);
  });

  it('stays quiet on the example', () => {
    expectQuiet(checkExample('jilin'), 'JL-FOUR-SYSTEMS');
  });
});
