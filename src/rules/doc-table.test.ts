import { describe, expect, it } from 'vitest';
import { checkExample, expectQuiet } from '../../test/rule-harness.js';
import { expectConsistentQuiet, expectOneFinding } from '../../test/document-fixtures.js';

describe('DOC-TABLE', () => {
  it('fires at the 合计 row of a Word or Markdown 估算表 whose rows do not add up to it (1,243.56 against 1,234.56)', () => {
    expectOneFinding('table-total', 'DOC-TABLE', '1,243.56');
  });

  it('fires at a 小计 row that is not the sum of its merged 类别\'s rows', () => {
    expectOneFinding('table-subtotal', 'DOC-TABLE', '1,017.66');
  });

  it('fires at a row of an example\'s Markdown 估算表 that differs from tables/ of the same stage, and at the 合计 it no longer adds up to', () => {
    const c = checkExample('gulou', [{ file: 'docs/初步设计方案和投资概算.md', from: '| 软件购置费 | 56.50 |', to: '| 软件购置费 | 65.50 |' }]);
    const loud = c.findings.filter((f) => f.severity !== 'info');
    expect(loud.map((f) => [f.ruleId, f.file, f.message])).toEqual([
      ['DOC-TABLE', 'docs/初步设计方案和投资概算.md', '项目总投资估算表：「软件购置费」为 65.50 万元，tables/项目总投资估算表.yaml 中为 56.50 万元'],
      ['DOC-TABLE', 'docs/初步设计方案和投资概算.md', '项目总投资估算表：合计 186.50 万元与各行之和 195.50 万元不符'],
    ]);
    expect(loud[0]!.evidence?.quote).toBe('项目总投资估算表：工程费用 | 软件购置费 | 65.50');
  });

  it('stays quiet on a table with merged 类别 cells, subtotals and a title row above its header', () => {
    expectConsistentQuiet('DOC-TABLE');
    for (const example of ['gulou', 'bazhong', 'jinhu', 'national', 'xiangfen'] as const) expectQuiet(checkExample(example), 'DOC-TABLE');
  });
});
