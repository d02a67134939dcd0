import { describe, expect, it } from 'vitest';
import { checkExample, expectQuiet, ruleFindings } from '../rule-harness.js';

describe('JL-ACCEPT-CONDITIONS', () => {
  it('fires on a condition not met, quoting 附件4', () => {
    const fs = ruleFindings('jilin', 'JL-ACCEPT-CONDITIONS', { edits: [{ from: 'JL-ACCEPT-CONDITIONS-6: true', to: 'JL-ACCEPT-CONDITIONS-6: false' }] });
    expect(fs.map((x) => x.message)).toEqual(['不具备竣工验收条件：附件4 四（六）“建设项目的档案资料齐全、完整，符合国家有关建设项目档案验收规定”']);
  });

  it('stays quiet on the example', () => {
    expectQuiet(checkExample('jilin'), 'JL-ACCEPT-CONDITIONS');
  });
});
