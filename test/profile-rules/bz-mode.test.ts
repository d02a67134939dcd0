import { describe, expect, it } from 'vitest';
import { checkExample, expectQuiet, ruleFindings } from '../rule-harness.js';

describe('BZ-MODE', () => {
  it('fires at the stage value when the mode is not stated', () => {
    const fs = ruleFindings('bazhong', 'BZ-MODE', { edits: [{ from: 'mode: 自行建设\n', to: '' }] });
    expect(fs.map((x) => [x.severity, x.message])).toEqual([['error', '缺少建设方式（自行建设或采购服务）（mode），自立项审批阶段起应当填写']]);
  });

  it('stays quiet on the example', () => {
    expectQuiet(checkExample('bazhong'), 'BZ-MODE');
  });
});
