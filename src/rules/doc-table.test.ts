import { describe, it } from 'vitest';
import { expectConsistentQuiet, expectOneFinding } from '../../test/document-fixtures.js';

describe('DOC-TABLE', () => {
  it('fires at the 合计 row of a Word or Markdown 估算表 whose rows do not add up to it (1,243.56 against 1,234.56)', () => {
    expectOneFinding('table-total', 'DOC-TABLE', '1,243.56');
  });

  it('fires at a 小计 row that is not the sum of its merged 类别\'s rows', () => {
    expectOneFinding('table-subtotal', 'DOC-TABLE', '1,017.66');
  });

  it('stays quiet on a table with merged 类别 cells, subtotals and a title row above its header', () => {
    expectConsistentQuiet('DOC-TABLE');
  });
});
