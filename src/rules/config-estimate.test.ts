import { describe, it } from 'vitest';
import { checkExample, expectFires, expectQuiet } from '../../test/rule-harness.js';
import { expectConsistentQuiet, expectOneFinding } from '../../test/document-fixtures.js';

describe('CONFIG-ESTIMATE', () => {
  it('fires at the 估算表 line when the 配置清单 of the same document adds up to something else', () => {
    expectOneFinding('config', 'CONFIG-ESTIMATE', '按表4-1中硬件金额合计');
  });

  it('fires between the package\'s own tables: 软件购置费 against the 软件 rows', () => {
    const c = checkExample('jilin', [{ file: 'tables/项目总投资估算表.yaml', from: '    amount: 72.2\n', to: '    amount: 72.3\n' }, { file: 'tables/项目总投资估算表.yaml', from: '    amount: 49.2\n', to: '    amount: 49.1\n' }]);
    expectFires(c, 'CONFIG-ESTIMATE', { file: 'tables/项目总投资估算表.yaml', context: '    amount: 72.3\n', needle: '72.3' });
  });

  it('stays quiet on the example and on a document whose two tables agree', () => {
    expectQuiet(checkExample('jilin'), 'CONFIG-ESTIMATE');
    expectConsistentQuiet('CONFIG-ESTIMATE');
  });
});
