import { describe, it } from 'vitest';
import { checkExample, expectFires, expectQuiet } from '../../test/rule-harness.js';

describe('BZ-OM-3Y', () => {
  it('fires on a changed example, at the fact', () => {
    const c = checkExample('bazhong', [{"from": "category: 建设类", "to": "category: 运维类"}, {"from": "type: 新建", "to": "type: 软件运维\ncontractMonths: 48"}]);
    expectFires(c, 'BZ-OM-3Y', {"context": "contractMonths: 48", "needle": "48"});
  });

  it('stays quiet on the example', () => {
    expectQuiet(checkExample('bazhong'), 'BZ-OM-3Y');
  });
});
