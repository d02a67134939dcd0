import { describe, expect, it } from 'vitest';
import { checkExample, expectQuiet, ruleFindings } from '../rule-harness.js';

describe('JL-ACCEPT-DOCS', () => {
  it('fires when the 初验报告 is not in its folder', () => {
    const fs = ruleFindings('jilin', 'JL-ACCEPT-DOCS', { remove: ['materials/09-项目初验报告/项目初验报告（示例）.md'] });
    expect(fs.map((x) => x.file)).toEqual(['materials/09-项目初验报告']);
  });

  it('stays quiet on the example', () => {
    expectQuiet(checkExample('jilin'), 'JL-ACCEPT-DOCS');
  });
});
