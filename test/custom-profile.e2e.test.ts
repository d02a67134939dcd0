import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readPdf, pdfTextOf } from './pdf.js';
import { ROOT, tempDir, zwpack } from './helpers.js';
import type { JsonFinding } from './helpers.js';

// A seventh county written as data: the profile is the one docs/custom-profile.md shows, read from
// that page, so the tutorial is what is tested. No code of zwpack knows 清源县.
const tutorial = readFileSync(join(ROOT, 'docs', 'custom-profile.md'), 'utf8');
const PROFILE = /```yaml\n([\s\S]*?)```/.exec(tutorial)![1]!;

const work = tempDir();
const mine = join(work, 'mine');
mkdirSync(mine);
writeFileSync(join(mine, 'qingyuan.yaml'), PROFILE);
const P = ['--profiles', mine];

const FACTS = `profile: qingyuan
name: 清源县政务服务事项标准化管理系统建设项目
category: 建设类
type: 新建
stage: 竣工验收
owner: {name: 清源县数据局}
contractor: {name: 清源数智科技有限公司}
supervisor: {name: 清源县正信工程监理有限公司}
money: {estimate: 86.5}
dates: {contractSigned: 2026-09-01, contractFiled: 2026-09-07, trialRunStart: 2026-09-20, acceptanceRequested: 2026-11-25}
declarations: {QY-NOT-SUPPORTED-1: false}
`;

/**
 * A package made by `init --profile qingyuan` from these facts, changed by `edits`, with a file in
 * each materials folder but those of `lacking`, validated on 2026-11-26.
 */
function validateWith(edits: [string, string][] = [], lacking: string[] = []): JsonFinding[] {
  let facts = FACTS;
  for (const [from, to] of edits) {
    expect(facts).toContain(from);
    facts = facts.replace(from, to);
  }
  const dir = join(tempDir(), 'pkg');
  const file = join(work, `facts-${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(file, facts);
  const init = zwpack([...P, 'init', dir, '--from', file, '--docs', 'md']);
  expect(init.stderr).toBe('');
  expect(init.status).toBe(0);
  for (const folder of ['01-合同备案材料', '02-试运行报告', '03-竣工验收报告']) {
    if (!lacking.includes(folder)) writeFileSync(join(dir, 'materials', folder, '扫描件.pdf'), '%PDF-1.4 scan');
  }
  const r = zwpack([...P, 'validate', dir, '--format', 'json', '--as-of', '2026-11-26']);
  const findings = (JSON.parse(r.stdout) as { packages: { findings: JsonFinding[] }[] }).packages[0]!.findings;
  // The facts themselves are valid under the county's profile (its question is known to the schema).
  expect(findings.filter((f) => f.ruleId === 'schema')).toEqual([]);
  return findings;
}
const of = (fs: JsonFinding[], id: string): JsonFinding[] => fs.filter((f) => f.ruleId === id && f.severity !== 'info');

describe('a seventh county as one file (docs/custom-profile.md)', () => {
  it('validate: a material of no rule, due at 竣工验收 and missing, is reported citing its article', () => {
    const fs = validateWith([], ['02-试运行报告']);
    expect(fs.filter((f) => f.ruleId === 'materials').map((f) => [f.file, f.message, f.source])).toEqual([
      ['materials/02-试运行报告', '自竣工验收阶段起应当具备「试运行报告」（第二十条），materials/02-试运行报告/ 中没有文件', '《清源县政务信息化项目建设管理办法》（清政办发〔2026〕1号）第二十条'],
    ]);
    // Before its stage it is not yet due.
    expect(validateWith([['stage: 竣工验收', 'stage: 建设实施']], ['02-试运行报告']).filter((f) => f.ruleId === 'materials')).toEqual([]);
  });

  it('profile check finds it valid', () => {
    const r = zwpack(['profile', 'check', join(mine, 'qingyuan.yaml')]);
    expect(r.stdout).toContain('办法文件有效');
    expect(r.status).toBe(0);
  });

  it('validate: the four county rules stay quiet on facts that keep them', () => {
    const fs = validateWith();
    for (const id of ['QY-NOT-SUPPORTED', 'QY-SUPERVISION-50W', 'QY-CONTRACT-7WD', 'QY-TRIAL-2M']) expect(of(fs, id)).toEqual([]);
  });

  it('validate: each fires at its fact, citing the county article', () => {
    const fs = validateWith([
      ['QY-NOT-SUPPORTED-1: false', 'QY-NOT-SUPPORTED-1: true'],
      ['supervisor: {name: 清源县正信工程监理有限公司}\n', ''],
      ['contractFiled: 2026-09-07', 'contractFiled: 2026-09-11'],
      ['acceptanceRequested: 2026-11-25', 'acceptanceRequested: 2026-11-19'],
    ]);
    const cite = '《清源县政务信息化项目建设管理办法》（清政办发〔2026〕1号）';
    expect(of(fs, 'QY-NOT-SUPPORTED').map((f) => [f.message, f.source])).toEqual([[`原则上不予支持：第九条“未开展政务信息资源共享，重复建设已有业务系统”`, `${cite}第九条`]]);
    expect(of(fs, 'QY-SUPERVISION-50W').map((f) => f.message)).toEqual(['投资估算 86.50 万元不低于 50 万元，须有监理单位（supervisor.name）']);
    expect(of(fs, 'QY-CONTRACT-7WD').map((f) => f.message)).toEqual(['合同签订于 2026-09-01，合同应在 7 个工作日内（2026-09-10 前）备案，实际 2026-09-11']);
    expect(of(fs, 'QY-TRIAL-2M').map((f) => f.message)).toEqual(['试运行开始（2026-09-20）至竣工验收申请（2026-11-19）不足 2 个月（应不早于 2026-11-20）']);
    // Each at its line in project.yaml.
    expect(of(fs, 'QY-CONTRACT-7WD')[0]!.line).toBeGreaterThan(1);
    expect(of(fs, 'QY-SUPERVISION-50W')[0]!.source).toBe(`${cite}第十五条`);
  });

  it('rules --profile and explain know the county; the national rules stay in force under it', () => {
    const rules = JSON.parse(zwpack([...P, 'rules', '--profile', 'qingyuan', '--format', 'json']).stdout) as { rules: { id: string; profiles: Record<string, Record<string, unknown>> }[] };
    const ids = rules.rules.map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining(['NAT-ACCEPT-6M', 'STAGE-REQUIRED', 'QY-NOT-SUPPORTED', 'QY-SUPERVISION-50W', 'QY-CONTRACT-7WD', 'QY-TRIAL-2M']));
    expect(rules.rules.find((r) => r.id === 'QY-CONTRACT-7WD')!.profiles.qingyuan).toMatchObject({ workdays: 7, after: 'contractSigned' });
    const explain = zwpack([...P, 'explain', 'QY-CONTRACT-7WD']);
    expect(explain.status).toBe(0);
    expect(explain.stdout).toContain('《清源县政务信息化项目建设管理办法》第十六条：\n  项目建设单位应当在合同签订之日起 7 个工作日内');
    // Through the environment as well as the option; with neither, the county is unknown.
    process.env.ZWPACK_PROFILES = mine;
    const viaEnv = zwpack(['rules', '--profile', 'qingyuan']);
    delete process.env.ZWPACK_PROFILES;
    expect(viaEnv.stdout).toContain('QY-TRIAL-2M');
    expect(viaEnv.status).toBe(0);
    const neither = zwpack(['rules', '--profile', 'qingyuan']);
    expect(neither.status).toBe(2);
    expect(neither.stderr).toContain('未知的办法：qingyuan');
  });

  it('checklist: the three materials, 01 due seven working days after signing (from its rule)', () => {
    const dir = join(tempDir(), 'pkg');
    writeFileSync(join(work, 'c.yaml'), FACTS);
    zwpack([...P, 'init', dir, '--from', join(work, 'c.yaml'), '--docs', 'md']);
    const r = zwpack([...P, 'checklist', dir, '--format', 'json', '--as-of', '2026-11-26']);
    const list = JSON.parse(r.stdout) as { profile: string; items: { id: string; title: string; status: string; due?: string }[] };
    expect(list.profile).toBe('qingyuan');
    expect(list.items.map((i) => [i.id, i.title, i.due ?? null])).toEqual([['01', '合同备案材料', '2026-09-10'], ['02', '试运行报告', null], ['03', '竣工验收报告', null]]);
  });

  it('render draws its 竣工验收材料清单 in both formats', async () => {
    const dir = join(tempDir(), 'pkg');
    writeFileSync(join(work, 'r.yaml'), FACTS);
    zwpack([...P, 'init', dir, '--from', join(work, 'r.yaml'), '--docs', 'md']);
    const r = zwpack([...P, 'render', dir, '--form', 'ACCEPT-LIST', '--to', 'docx,pdf']);
    expect(r.stderr).not.toContain('内部错误');
    const xml = strFromU8(unzipSync(readFileSync(join(dir, 'out', '竣工验收材料清单.docx')))['word/document.xml']!);
    const pdf = pdfTextOf(await readPdf(join(dir, 'out', '竣工验收材料清单.pdf')));
    for (const title of ['合同备案材料', '试运行报告', '竣工验收报告', '清源县政务服务事项标准化管理系统建设项目']) {
      expect(xml).toContain(title);
      expect(pdf).toContain(title);
    }
  });

  it('may bring an outline of its own: init writes its chapters, validate reports one missing', () => {
    const dir = join(work, 'with-outline');
    mkdirSync(join(dir, 'outlines', 'qingyuan'), { recursive: true });
    const ref = (d: string): { $ref: string } => ({ $ref: `../common.schema.json#/$defs/${d}` });
    const outline = {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      title: '清源县可行性研究报告提纲',
      'x-rule': 'OUTLINE',
      type: 'object',
      required: ['keys'],
      properties: {
        keys: { type: 'array', items: { type: 'string' }, allOf: [ref('overview'), ref('need'), ref('plan'), { title: '数据安全', 'x-level': 1, 'x-match': ['数据安全'], contains: { const: 'qy-security' } }, ref('invest'), ref('benefit')] },
        facts: { type: 'object' },
      },
    };
    writeFileSync(join(dir, 'outlines', 'qingyuan', 'feasibility.schema.json'), JSON.stringify(outline));
    writeFileSync(join(dir, 'qingyuan.yaml'), `${PROFILE}outlines:\n  proposal: national/proposal\n  feasibility: qingyuan/feasibility\n`);
    expect(zwpack(['profile', 'check', join(dir, 'qingyuan.yaml')]).stdout).toContain('办法文件有效');
    // A name that is no outline is an error at its place.
    writeFileSync(join(work, 'bad-outline.yaml'), `${PROFILE}outlines:\n  feasibility: qingyuan/feasability\n`.replace('id: qingyuan', 'id: bad-outline'));
    expect(zwpack(['--profiles', dir, 'profile', 'check', join(work, 'bad-outline.yaml')]).stdout).toMatch(/bad-outline\.yaml:\d+:16 {2}error {2}提纲「qingyuan\/feasability」不存在/);
    const pkg = join(tempDir(), 'pkg');
    writeFileSync(join(work, 'o.yaml'), FACTS);
    expect(zwpack(['--profiles', dir, 'init', pkg, '--from', join(work, 'o.yaml'), '--docs', 'md']).status).toBe(0);
    const doc = join(pkg, 'docs', '可行性研究报告.md');
    expect(readFileSync(doc, 'utf8')).toMatch(/^## 第四章 数据安全$/m);
    writeFileSync(doc, readFileSync(doc, 'utf8').replace(/^## 第四章 数据安全$/m, '数据安全的内容'));
    const r = zwpack(['--profiles', dir, 'validate', pkg, '--format', 'json', '--as-of', '2026-11-26']);
    const outlineFindings = (JSON.parse(r.stdout) as { packages: { findings: JsonFinding[] }[] }).packages[0]!.findings.filter((f) => f.ruleId === 'OUTLINE');
    expect(outlineFindings.map((f) => [f.file, f.message])).toEqual([['docs/可行性研究报告.md', '缺少章节「数据安全」（应在「第三章 项目建设方案」之后）']]);
  });

  it('a profile with a mistake stops every command with the finding and its place', () => {
    const bad = join(work, 'bad');
    mkdirSync(bad);
    writeFileSync(join(bad, 'qingyuan.yaml'), PROFILE.replace('  QY-CONTRACT-7WD:\n    use: filing-deadline', '  QY-CONTRACT-7WD:\n    use: filing-dedline').replace('    workdays: 7', '    workdays: seven'));
    const r = zwpack(['--profiles', bad, 'rules']);
    expect(r.status).toBe(2);
    const line = PROFILE.split('\n').indexOf('    use: filing-deadline') + 1;
    expect(r.stderr).toContain(`qingyuan.yaml:${line}:10  error  未知的规则族「filing-dedline」（可用：declarations、filing-deadline、months-after、amount-threshold、date-order、fact-required、table-columns、materials、self-evaluation、change-size）`);
    expect(zwpack(['profile', 'check', join(bad, 'qingyuan.yaml')]).status).toBe(1);
  });
});
