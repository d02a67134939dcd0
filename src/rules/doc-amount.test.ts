import { describe, it } from 'vitest';
import { expectConsistentQuiet, expectOneFinding } from '../../test/document-fixtures.js';

describe('DOC-AMOUNT', () => {
  it('fires at the paragraph whose total differs from project.yaml (12,345,600元 written as 13,245,600元), in DOCX and Markdown', () => {
    expectOneFinding('total-text', 'DOC-AMOUNT', '13,245,600元');
  });

  it('fires where a line of the 估算表 is stated otherwise than the document\'s own table (full-width digits)', () => {
    expectOneFinding('line-text', 'DOC-AMOUNT', '１３２.４５');
  });

  it('stays quiet on a 可研 that states its facts in every form: 1,234.56万元, 12,345,600元, 约0.12亿元, 大写, full-width', () => {
    expectConsistentQuiet('DOC-AMOUNT');
  });
});
