import { describe, it } from 'vitest';
import { expectConsistentQuiet, expectOneFinding } from '../../test/document-fixtures.js';

describe('DOC-FUNDING-SUM', () => {
  it('fires where the sources listed in a sentence do not add up to the total beside them', () => {
    expectOneFinding('funding-sum', 'DOC-FUNDING-SUM', '1,043.56万元');
  });

  it('stays quiet when they do', () => {
    expectConsistentQuiet('DOC-FUNDING-SUM');
  });
});
