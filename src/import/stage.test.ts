import { describe, expect, it } from 'vitest';
import { loadProfile } from '../profiles/profile.js';
import { guessStage } from './stage.js';

describe('the stage of a submission', () => {
  const jilin = loadProfile('jilin');

  it('is the documents\' stage when what is submitted is a document under review, a stray 中标通知书 beside it or not', () => {
    expect(guessStage(jilin, ['可行性研究报告'], []).value).toBe('立项审批');
    expect(guessStage(jilin, ['可行性研究报告'], ['中标通知书（扫描件）.pdf'])).toEqual({ value: '立项审批', zh: '推断：提交了可行性研究报告，送审的是立项审批阶段的文档，请核实' });
    expect(guessStage(loadProfile('jinhu'), ['建设方案'], []).value).toBe('方案审查');
  });

  it('is acceptance when a material of acceptance is submitted, whatever documents come with it: the latest stage shown wins', () => {
    expect(guessStage(jilin, ['可行性研究报告', '初步设计方案和投资概算'], ['合同.pdf', '试运行报告.pdf', '竣工验收报告.pdf'])).toEqual({ value: '竣工验收', zh: '推断：提交了竣工验收报告.pdf（竣工验收阶段的材料），请核实' });
    expect(guessStage(jilin, ['可行性研究报告'], ['材料/试运行报告.docx']).value).toBe('试运行');
    // 巴中 calls its 初验 预验收.
    expect(guessStage(loadProfile('bazhong'), ['可行性研究报告'], ['初验报告.pdf']).value).toBe('预验收');
  });

  it('is what a contract shows only when no document is submitted, and the documents\' stage, to confirm, when nothing shows one', () => {
    expect(guessStage(jilin, [], ['项目合同.pdf']).value).toBe('建设实施');
    expect(guessStage(jilin, [], [])).toEqual({ value: '立项审批', zh: '待核实：没有送审文档，也没有可判断阶段的材料，暂按立项审批' });
  });
});
