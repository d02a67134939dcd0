import { describe, expect, it } from 'vitest';
import { checkExample, expectQuiet, ruleFindings } from '../rule-harness.js';

describe('GL-ABC', () => {
  it('fires when the class is not stated', () => {
    const fs = ruleFindings('gulou', 'GL-ABC', { edits: [{ from: 'class: A类\n', to: '' }] });
    expect(fs.map((x) => x.message)).toEqual(['缺少项目分类（A、B、C 类）（class），自计划申报阶段起应当填写']);
  });

  it('stays quiet on the example', () => {
    expectQuiet(checkExample('gulou'), 'GL-ABC');
  });
});
