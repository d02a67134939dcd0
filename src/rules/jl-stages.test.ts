import { describe, expect, it } from 'vitest';
import { checkExample, expectFires, expectOutlineFires, expectQuiet } from '../../test/rule-harness.js';

describe('JL-STAGES', () => {
  it('fires on a changed example, at the fact', () => {
    const c = checkExample('jilin', [{"from": "  design: docs/初步设计方案和投资概算.docx\n", "to": ""}], {"remove": ["docs/初步设计方案和投资概算.docx"]});
    expectFires(c, 'JL-STAGES', {"context": "stage: 竣工验收", "needle": "竣工验收"});
  });

  it('stays quiet on the example', () => {
    expectQuiet(checkExample('jilin'), 'JL-STAGES');
  });

  it('fires when an urgent project\'s design lacks the necessity and feasibility sections, after the last chapter', () => {
    const c = checkExample('jilin', [{ from: 'inAnnualPlan: true\n', to: 'inAnnualPlan: true\nurgent: true\n' }]);
    const mine = expectOutlineFires(c, 'JL-STAGES', { file: 'docs/初步设计方案和投资概算.docx', title: '项目必要性论证', anchor: '第九章 风险及效益分析' });
    expect(mine.map((f) => f.message).join()).toContain('「项目可行性论证」');
  });
});
