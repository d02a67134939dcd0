import { describe, expect, it } from 'vitest';
import { markdownSkeleton, skeletonHeadings } from '../outline/skeleton.js';
import { checkExample, expectFires, expectQuiet } from '../../test/rule-harness.js';

describe('BZ-SERVICE', () => {
  it('fires on a changed example, at the fact', () => {
    const c = checkExample('bazhong', [{"from": "mode: 自行建设", "to": "mode: 采购服务"}]);
    expectFires(c, 'BZ-SERVICE', {"context": "stage: 建设实施", "needle": "建设实施"});
  });

  it('stays quiet on the example', () => {
    expectQuiet(checkExample('bazhong'), 'BZ-SERVICE');
  });

  it('fires at the answer when a condition of a purchased service is not met', () => {
    const c = checkExample('bazhong', [{ from: 'mode: 自行建设', to: 'mode: 采购服务' }, { from: 'BZ-SERVICE-2: true', to: 'BZ-SERVICE-2: false' }]);
    const mine = c.findings.filter((f) => f.ruleId === 'BZ-SERVICE');
    expect(mine.map((f) => f.message).join()).toContain('服务费总额明显低于自行建设和运维成本');
  });

  it('fires when the service requirement plan leaves out a condition of article 18, after the chapter before it', () => {
    const cover = { project: '巴中市医疗保障公共服务平台', document: '服务需求方案', owner: '巴中市医疗保障局', date: '2026年11月' };
    const full = skeletonHeadings('bazhong/serviceRequirement', {});
    const service = { from: 'mode: 自行建设', to: 'mode: 采购服务' };
    const ok = checkExample('bazhong', [service], { write: { 'docs/服务需求方案.md': markdownSkeleton(cover, full) } });
    // The full outline has every chapter; not one is written yet, which is the one finding.
    expect(ok.findings.filter((f) => f.file === 'docs/服务需求方案.md').map((f) => f.message)).toEqual(['服务需求方案仍是骨架，尚未编写任何章节（采购服务项目编报服务需求方案）：建设实施阶段应当提交']);
    const gap = full.filter((h) => !h.text.includes('经济性分析'));
    // Partly written (a skeleton is one finding, whatever it lacks): its outline is read.
    const c = checkExample('bazhong', [service], { write: { 'docs/服务需求方案.md': markdownSkeleton(cover, gap).replace('（在此编写。）', '巴中市医疗保障局拟采购医保公共服务平台运营服务。') } });
    const mine = c.findings.filter((f) => f.ruleId === 'BZ-SERVICE' && f.file === 'docs/服务需求方案.md' && !f.message.includes('仍是骨架'));
    expect(mine.map((f) => f.message)).toEqual(['缺少章节「经济性分析」（应在「第四章 服务属性说明」之后）']);
  });
});
