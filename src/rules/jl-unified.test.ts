import { describe, it } from 'vitest';
import { checkExample, expectFires, expectQuiet } from '../../test/rule-harness.js';

describe('JL-UNIFIED', () => {
  it('stays quiet on the example', () => {
    expectQuiet(checkExample('jilin'), 'JL-UNIFIED');
  });

  it('fires at the mode when a self-built project gives no reason', () => {
    const c = checkExample('jilin', [{ from: 'selfBuildReason:', to: '# selfBuildReason:' }]);
    expectFires(c, 'JL-UNIFIED', { context: 'mode: 自行建设', needle: '自行建设' });
  });
});
