import { describe, it } from 'vitest';
import { checkExample, expectFires, expectQuiet } from '../../test/rule-harness.js';

describe('JL-STAGES', () => {
  it('fires on a changed example, at the fact', () => {
    const c = checkExample('jilin', [{"from": "  design: docs/初步设计方案和投资概算.md\n", "to": ""}], {"remove": ["docs/初步设计方案和投资概算.md"]});
    expectFires(c, 'JL-STAGES', {"context": "stage: 竣工验收", "needle": "竣工验收"});
  });

  it('stays quiet on the example', () => {
    expectQuiet(checkExample('jilin'), 'JL-STAGES');
  });
});
