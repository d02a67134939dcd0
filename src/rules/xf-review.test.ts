import { describe, it } from 'vitest';
import { checkExample, expectFires, expectOutlineFires, expectQuiet } from '../../test/rule-harness.js';

describe('XF-REVIEW', () => {
  it('fires on a changed example, at the fact', () => {
    const c = checkExample('xiangfen', [{"from": "XF-REVIEW-NETWORK: false", "to": "XF-REVIEW-NETWORK: true"}]);
    expectFires(c, 'XF-REVIEW', {"context": "XF-REVIEW-NETWORK: true", "needle": "true"});
  });

  it('stays quiet on the example', () => {
    expectQuiet(checkExample('xiangfen'), 'XF-REVIEW');
  });

  it('fires when a heading it asks for is gone, at the heading it belongs by', () => {
    const c = checkExample('xiangfen', [{ file: 'docs/可行性研究报告.md', from: '一、绩效目标', to: '一、补充说明' }]);
    expectOutlineFires(c, 'XF-REVIEW', { file: 'docs/可行性研究报告.md', title: '绩效目标', anchor: '第九章 效益与风险分析' });
  });
});
