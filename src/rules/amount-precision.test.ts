import { describe, it } from 'vitest';
import { checkExample, expectFires, expectQuiet } from '../../test/rule-harness.js';

describe('AMOUNT-PRECISION', () => {
  it('fires on an amount finer than the fen, at the amount', () => {
    const c = checkExample('jilin', [{ from: '  supervisionFee: ', to: '  supervisionFee: 0.0000001 # ' }]);
    expectFires(c, 'AMOUNT-PRECISION', { context: 'supervisionFee: 0.0000001', needle: '0.0000001' });
  });

  it('stays quiet on 818.3456 万元 (to the fen) and on the example', () => {
    expectQuiet(checkExample('jilin'), 'AMOUNT-PRECISION');
    expectQuiet(checkExample('jilin', [{ from: '  supervisionFee: ', to: '  supervisionFee: 18.3456 # ' }]), 'AMOUNT-PRECISION');
  });
});
