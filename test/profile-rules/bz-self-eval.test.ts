import { describe, it } from 'vitest';
import { checkExample, expectFires, expectQuiet } from '../rule-harness.js';

describe('BZ-SELF-EVAL', () => {
  it('fires on a changed example, at the fact', () => {
    const c = checkExample('bazhong', [{"from": "  constructionEnd: 2027-01-31\n", "to": "  constructionEnd: 2027-01-31\n  operationStart: 2024-05-01\n"}]);
    expectFires(c, 'BZ-SELF-EVAL', {"context": "operationStart: 2024-05-01", "needle": "2024-05-01"});
  });

  it('stays quiet on the example', () => {
    expectQuiet(checkExample('bazhong'), 'BZ-SELF-EVAL');
  });
});
