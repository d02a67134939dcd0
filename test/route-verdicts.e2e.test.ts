import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AS_OF, copyExample, tempDir, zwpack } from './helpers.js';

// Document verdicts follow the project's route and stage (吉林 第九条: a project in the plan files the
// 可研 in place of the 建议书; the 初设 is due from 招标采购): a skeleton nobody needs is never flagged,
// one that is due is one error naming the document, the stage and the article.
type F = { ruleId: string; severity: string; file: string; message: string; source: string | null };

function jilinAt(stage: string): string {
  const dir = join(tempDir(), 'pkg');
  zwpack(['init', dir, '--profile', 'jilin', '--yes']);
  const file = join(dir, 'project.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace('stage: 计划申报', `stage: ${stage}`).replace('# inAnnualPlan: true', 'inAnnualPlan: true'));
  return dir;
}
const findings = (dir: string): F[] => JSON.parse(zwpack(['validate', dir, '--as-of', AS_OF, '--format', 'json']).stdout).packages[0].findings;
const ofDocs = (fs: F[]): F[] => fs.filter((f) => f.file.startsWith('docs/'));

describe('document verdicts follow the route and the stage', () => {
  it('吉林 at 立项审批, in the plan: the 可研 skeleton is one error; the 建议书 (off the route) and the 初设 (due later) nothing', () => {
    const dir = jilinAt('立项审批');
    const docs = ofDocs(findings(dir));
    expect(docs).toEqual([
      expect.objectContaining({ ruleId: 'JL-STAGES', severity: 'error', file: 'docs/可行性研究报告.docx', message: '可行性研究报告仍是骨架，尚未编写任何章节（已列入省级规划的项目以可研代替项目建议书）：立项审批阶段应当提交', source: '《吉林省政务信息化项目建设管理办法》第九条' }),
    ]);
    // Deleting the two that are not due changes nothing about the documents.
    rmSync(join(dir, 'docs', '项目建议书.docx'));
    rmSync(join(dir, 'docs', '初步设计方案和投资概算.docx'));
    expect(ofDocs(findings(dir))).toEqual(docs);
    const route = zwpack(['validate', dir, '--explain-path']).stdout;
    expect(route).toContain('初步设计方案和投资概算：已列入省级规划的项目以可研代替项目建议书 — 未到阶段（自招标采购阶段起）；尚无（应在 docs/初步设计方案和投资概算.docx）');
    expect(route).toContain('可行性研究报告：已列入省级规划的项目以可研代替项目建议书 — docs/可行性研究报告.docx 仍是骨架');
  });

  it('a 可研 partly written keeps its warnings a heading, and no skeleton error', () => {
    const dir = jilinAt('立项审批');
    // The Markdown skeleton of the same outline, with one chapter written.
    zwpack(['init', join(dir, 'md'), '--profile', 'jilin', '--yes', '--docs', 'md']);
    const md = readFileSync(join(dir, 'md', 'docs', '可行性研究报告.md'), 'utf8').replace(/(## 第一章 项目概述\n)/, '$1\n本项目由吉林省某厅建设，建设期12个月。\n');
    rmSync(join(dir, 'docs', '可行性研究报告.docx'));
    writeFileSync(join(dir, 'docs', '可行性研究报告.md'), md);
    rmSync(join(dir, 'md'), { recursive: true });
    const docs = ofDocs(findings(dir));
    expect(docs.some((f) => f.ruleId === 'JL-STAGES')).toBe(false);
    const content = docs.filter((f) => f.ruleId === 'DOC-CONTENT');
    expect(content.length).toBeGreaterThan(5);
    expect(content.every((f) => f.file === 'docs/可行性研究报告.md' && f.severity === 'warning')).toBe(true);
    // Now that it says something, what it does not say yet is told too (第十七条 密码).
    expect(docs.some((f) => f.ruleId === 'JL-SECURE')).toBe(true);
  });

  it('at 招标采购 the 初设 is due: its skeleton is one error too', () => {
    const dir = jilinAt('招标采购');
    const docs = ofDocs(findings(dir)).filter((f) => f.ruleId === 'JL-STAGES');
    expect(docs.map((f) => f.file)).toEqual(['docs/初步设计方案和投资概算.docx', 'docs/可行性研究报告.docx']);
    expect(docs[0]!.message).toBe('初步设计方案和投资概算仍是骨架，尚未编写任何章节（已列入省级规划的项目以可研代替项目建议书）：招标采购阶段应当提交');
  });

  it('the 吉林 annex tables are named by the first document of the route: 可研附件 in the plan, 建议书附件 on the full chain', () => {
    for (const [plan, prefix] of [['true', '可研'], ['false', '建议书']] as const) {
      const dir = copyExample('jilin');
      const file = join(dir, 'project.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('inAnnualPlan: true', `inAnnualPlan: ${plan}`));
      const out = join(tempDir(), 'out');
      zwpack(['render', dir, '--form', 'JL-ANNEX-1', 'JL-ANNEX-4', '--to', 'docx', '--out', out]);
      expect(readdirSync(out).sort()).toEqual([`${prefix}附件1-项目软硬件配置清单.docx`, `${prefix}附件4-项目资金来源表.docx`]);
    }
  });
});
