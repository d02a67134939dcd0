import { describe, it } from 'vitest';
import { expectConsistentQuiet, expectOneFinding } from '../../test/document-fixtures.js';

describe('DOC-AMOUNT-TWICE', () => {
  it('fires at the later of two statements of the yearly running cost (45.00 in 第一章, 46.50 in 第八章)', () => {
    expectOneFinding('twice', 'DOC-AMOUNT-TWICE', '46.50万元');
  });

  it('stays quiet when both places say the same', () => {
    expectConsistentQuiet('DOC-AMOUNT-TWICE');
  });
});
