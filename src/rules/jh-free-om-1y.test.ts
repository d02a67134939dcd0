import { describe, it } from 'vitest';
import { checkExample, expectFires, expectQuiet } from '../../test/rule-harness.js';

describe('JH-FREE-OM-1Y', () => {
  it('fires on a changed example, at the fact', () => {
    const c = checkExample('jinhu', [{"from": "freeMaintenanceMonths: 12", "to": "freeMaintenanceMonths: 6"}]);
    expectFires(c, 'JH-FREE-OM-1Y', {"context": "freeMaintenanceMonths: 6", "needle": "6"});
  });

  it('stays quiet on the example', () => {
    expectQuiet(checkExample('jinhu'), 'JH-FREE-OM-1Y');
  });
});
