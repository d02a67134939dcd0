import { describe, it } from 'vitest';
import { checkExample, expectFires, expectQuiet } from '../../test/rule-harness.js';

describe('BZ-STAGES', () => {
  it('fires on a changed example, at the fact', () => {
    const c = checkExample('bazhong', [{"from": "  implementation: docs/实施方案.md\n", "to": ""}], {"remove": ["docs/实施方案.md"]});
    expectFires(c, 'BZ-STAGES', {"context": "stage: 建设实施", "needle": "建设实施"});
  });

  it('stays quiet on the example', () => {
    expectQuiet(checkExample('bazhong'), 'BZ-STAGES');
  });
});
