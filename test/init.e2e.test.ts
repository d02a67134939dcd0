import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { EXAMPLES, ROOT, tempDir, validateJson, zwpack } from './helpers.js';

/** Write one sentence over the first 在此编写 of a skeleton, in Markdown or in the DOCX's XML. */
function writeOneLine(file: string): void {
  const line = '本项目由建设单位统一组织实施。';
  if (file.endsWith('.md')) return writeFileSync(file, readFileSync(file, 'utf8').replace('（在此编写。）', line));
  const parts = unzipSync(readFileSync(file));
  parts['word/document.xml'] = strToU8(strFromU8(parts['word/document.xml']!).replace('（在此编写。）', line));
  writeFileSync(file, zipSync(parts));
}

/** The rule that decides each example profile's route, and reports a document of it still the skeleton. */
const ROUTE: Record<string, string> = { national: 'NAT-STAGES', jinhu: 'JH-CLASS', bazhong: 'BZ-STAGES', xiangfen: 'XF-STAGES', gulou: 'GL-ALWAYS-APPROVE', jilin: 'JL-STAGES' };

describe('zwpack init', () => {
  for (const [profile, dir] of Object.entries(EXAMPLES)) {
    it(`--from the ${profile} example: the facts pass, the skeleton documents and empty tables do not`, () => {
      const target = join(tempDir(), 'pkg');
      const r = zwpack(['init', target, '--from', join(ROOT, dir, 'project.yaml')]);
      expect(r.status).toBe(0);
      expect(r.stdout).toContain('zwpack validate');
      const v = validateJson(target);
      expect(v.status).toBe(1);
      // The facts are the example's: nothing to say about project.yaml.
      expect(v.findings.filter((f) => f.file === 'project.yaml')).toEqual([]);
      // Every document is still the skeleton: one error for each the route asks for at the example's stage
      // (naming the document, the stage and the article), nothing a heading, nothing for the others.
      const docs = v.findings.filter((f) => f.file.startsWith('docs/'));
      expect(docs.length).toBeGreaterThan(0);
      expect(docs.every((f) => f.ruleId === ROUTE[profile] && f.severity === 'error' && /^\S+仍是骨架，尚未编写任何章节（.+）：\S+阶段应当提交$/.test(f.message))).toBe(true);
      expect(new Set(docs.map((f) => f.file)).size).toBe(docs.length);
      // The tables init wrote have no rows yet.
      expect(v.findings.some((f) => f.file === 'tables/项目总投资估算表.yaml' && f.ruleId === 'STAGE-REQUIRED' && /没有数据行/.test(f.message))).toBe(true);
      // What a skeleton does not say (吉林's 密码, 安全可靠) is not asked of it: it is not written at all.
      expect(new Set(v.findings.filter((f) => !f.file.startsWith('materials/')).map((f) => f.ruleId))).toEqual(new Set([ROUTE[profile], 'STAGE-REQUIRED']));
      // The materials its stage needs are not there yet either (init makes their folders empty).
      const materials = v.findings.filter((f) => f.file.startsWith('materials/'));
      // Missing (error), overdue (error), or with its deadline still ahead (warning).
      expect(materials.every((f) => (f.severity === 'error' && /中没有文件(，已于 \S+ 逾期)?$/.test(f.message)) || (f.severity === 'warning' && /中没有文件，须在 \S+ 前放入$/.test(f.message)))).toBe(true);
      if (profile !== 'national') expect(materials.length).toBeGreaterThan(0);
      const facts = readFileSync(join(target, 'project.yaml'), 'utf8');
      expect(facts.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=.*schemas\/project\.schema\.json$/);
      expect(facts).toContain('# 项目名称 —— ');
      expect(existsSync(join(target, 'materials'))).toBe(true);
    });
  }

  for (const profile of Object.keys(EXAMPLES)) {
    it(`--yes writes a ${profile} package, with the profile's tables, that fails validate at its own stage, at 立项审批 and at 竣工验收`, () => {
      const target = join(tempDir(), 'pkg');
      expect(zwpack(['init', target, '--profile', profile, '--yes']).status).toBe(0);
      const tables = join(target, 'tables');
      expect(existsSync(join(tables, '项目总投资估算表.yaml'))).toBe(true);
      expect(existsSync(join(tables, '应用系统定制开发工作量核算表.yaml'))).toBe(profile === 'jilin');
      expect(readFileSync(join(tables, '项目资金来源表.yaml'), 'utf8')).toMatch(/^# yaml-language-server: \$schema=.*funding-sources\.schema\.json/);
      // At its own (first) stage the name and the owner are still init's placeholders.
      const own = validateJson(target);
      expect(own.status).toBe(1);
      expect(own.findings.filter((f) => f.severity === 'error').map((f) => f.message)).toEqual(
        expect.arrayContaining([expect.stringContaining('「项目名称」仍是占位内容「（项目名称）」'), expect.stringContaining('「建设单位名称」仍是占位内容')]),
      );
      for (const stage of ['立项审批', '竣工验收']) {
        const v = validateJson(target, ['--stage', stage]);
        expect(v.status).toBe(1);
        const errors = v.findings.filter((f) => f.severity === 'error');
        const messages = errors.map((f) => f.message).join('\n');
        expect(messages).toContain('缺少「投资估算（万元）」（自立项审批阶段起应当填写）');
        expect(messages).toContain('缺少「资金来源」');
        expect(errors.some((f) => f.file === 'tables/项目总投资估算表.yaml' && /没有数据行/.test(f.message))).toBe(true);
        expect(errors.some((f) => f.file.startsWith('docs/') && f.message.includes('仍是骨架'))).toBe(true);
        if (stage === '竣工验收') {
          expect(messages).toContain('缺少「批复总投资（万元）」');
          expect(messages).toContain('缺少「合同金额（万元）」');
          expect(messages).toContain('缺少「试运行开始日期」');
          expect(messages).toMatch(/缺少「初步验收（预验收）日期」/);
        }
        // Every question the profile asks by this stage is named as unanswered.
        // (金湖: 第三十九条 7 + 第十九条 9 + 第十一条 1; 巴中: 第八条 8 + 第十一条 1 + 第十三条 1, 第二十七条 from 建设实施, the
        // 采购服务 conditions only for that mode; 鼓楼 from 招标采购; 吉林 第十九条, 第十四条 4 from 建设实施 and 附件4 四 6 at
        // 竣工验收, 第七、八条 only when 自行建设.)
        const late = stage === '竣工验收';
        const questions = { national: 0, jinhu: 17, bazhong: late ? 11 : 10, xiangfen: 3, gulou: late ? 1 : 0, jilin: late ? 11 : 1 }[profile]!;
        expect(errors.filter((f) => /^尚未回答 /.test(f.message))).toHaveLength(questions);
      }
    });
  }

  it('writes Word skeletons by default and Markdown with --docs md: every chapter of the outline is there, and each section says it has no text yet', () => {
    for (const [docs, ext] of [[[], 'docx'], [['--docs', 'md'], 'md']] as const) {
      const target = join(tempDir(), 'pkg');
      expect(zwpack(['init', target, '--profile', 'jilin', '--yes', ...docs]).status).toBe(0);
      expect(readdirSync(join(target, 'docs')).sort()).toEqual([`初步设计方案和投资概算.${ext}`, `可行性研究报告.${ext}`, `项目建议书.${ext}`]);
      // 计划申报 comes before the documents are submitted: a skeleton is not flagged at all.
      expect(validateJson(target).findings.filter((f) => f.file.startsWith('docs/'))).toEqual([]);
      // At 立项审批 (not in the plan: the full chain) the 建议书 and the 可研 are due, the 初设 from 招标采购.
      const due = validateJson(target, ['--stage', '立项审批']).findings.filter((f) => f.file.startsWith('docs/'));
      expect(due.map((f) => [f.ruleId, f.file])).toEqual([['JL-STAGES', `docs/可行性研究报告.${ext}`], ['JL-STAGES', `docs/项目建议书.${ext}`]]);
      // One line written: the 可研 follows its outline (no chapter missing), each other section says it is not written yet.
      writeOneLine(join(target, 'docs', `可行性研究报告.${ext}`));
      const written = validateJson(target, ['--stage', '立项审批']).findings.filter((f) => f.file === `docs/可行性研究报告.${ext}`);
      expect(written.filter((f) => !['DOC-CONTENT', 'JL-SECURE', 'JL-REVIEW'].includes(f.ruleId))).toEqual([]);
      const content = written.filter((f) => f.ruleId === 'DOC-CONTENT');
      expect(content.every((f) => f.severity === 'warning' && /只有骨架的编写提示/.test(f.message))).toBe(true);
      expect(content.length).toBeGreaterThan(40);
    }
  });

  it('a Word skeleton has a cover, a TOC field, real heading styles, guidance and a GB/T 9704 A4 page', () => {
    const target = join(tempDir(), 'pkg');
    expect(zwpack(['init', target, '--profile', 'jilin', '--yes']).status).toBe(0);
    const parts = unzipSync(readFileSync(join(target, 'docs', '可行性研究报告.docx')));
    const doc = strFromU8(parts['word/document.xml']!);
    const styles = strFromU8(parts['word/styles.xml']!);
    expect(doc).toContain('（项目名称）');
    expect(doc).toContain('编制日期：');
    expect(doc).toMatch(/<w:instrText[^>]*>TOC \\h \\o &quot;1-2&quot;<\/w:instrText>/);
    expect(doc).toContain('<w:pStyle w:val="Heading1"/>');
    expect(doc).toContain('第五章 项目采购方案');
    expect(doc).toContain('编写提示：主要包括：采购范围；采购方式；采购组织形式等。');
    expect(doc).toMatch(/<w:pgSz w:w="11906" w:h="16838"[^>]*\/>/);
    expect(doc).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    expect(styles).toMatch(/<w:style w:type="paragraph" w:styleId="Heading1"[^>]*><w:name w:val="heading 1"\/>/);
    expect(styles).toMatch(/<w:outlineLvl w:val="0"\/>/);
    expect(styles).toContain('w:eastAsia="仿宋_GB2312"');
  });

  it('--docs must be docx or md', () => {
    const r = zwpack(['init', join(tempDir(), 'pkg'), '--yes', '--docs', 'pdf']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--docs 只能是 docx 或 md');
  });

  it('without a terminal it asks nothing and uses defaults', () => {
    const target = join(tempDir(), 'pkg');
    const r = zwpack(['init', target]);
    expect(r.status).toBe(0);
    expect(readFileSync(join(target, 'project.yaml'), 'utf8')).toContain('profile: national');
  });

  it('writes each question of the profile, unanswered, with its article as a comment', () => {
    const target = join(tempDir(), 'pkg');
    zwpack(['init', target, '--profile', 'jinhu', '--yes']);
    const facts = readFileSync(join(target, 'project.yaml'), 'utf8');
    // Unanswered (null), never answered on the user's behalf.
    expect(facts).toContain('# 第十九条（一）：未经上级主管部门许可新建或扩建机房、云平台、实体数据中心（存在该情形填 true，否则填 false）\n  JH-NOT-SUPPORTED-1: null');
    expect(facts).not.toMatch(/JH-[A-Z-]+\d*: (true|false)/);
  });

  it('lists every key of the profile, the ones not given commented out; validate reads them as absent until uncommented', () => {
    const target = join(tempDir(), 'pkg');
    zwpack(['init', target, '--profile', 'jilin', '--yes']);
    const file = join(target, 'project.yaml');
    const facts = readFileSync(file, 'utf8');
    for (const key of ['code', 'mode', 'inAnnualPlan', 'contractor', 'supervisor', 'money', 'dates', 'documents', 'singleContent']) expect(facts).toMatch(new RegExp(`\\n# ${key}:`));
    const codeMissing = (r: ReturnType<typeof zwpack>): boolean => r.stdout.includes('缺少「投资项目统一代码」');
    expect(codeMissing(zwpack(['validate', target, '--stage', '立项审批']))).toBe(true);
    writeFileSync(file, facts.replace('# code: 2025-320831-65-01-123456', 'code: 2025-220000-65-01-000001'));
    expect(codeMissing(zwpack(['validate', target, '--stage', '立项审批']))).toBe(false);
  });

  it('init --from keeps the same layout: the keys the file gives, the others commented out', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'facts.yaml'), 'profile: jilin\nname: 吉林省某厅信息化建设项目\ncode: 2025-220000-65-01-000001\nowner:\n  name: 吉林省某厅\n');
    zwpack(['init', join(dir, 'pkg'), '--from', join(dir, 'facts.yaml')]);
    const facts = readFileSync(join(dir, 'pkg', 'project.yaml'), 'utf8');
    expect(facts).toContain('\ncode: 2025-220000-65-01-000001\n');
    expect(facts).toContain('\n# contractor:\n');
    expect(facts).toContain('  # department: 信息中心\n');
  });

  it('refuses a non-empty folder without --force and changes nothing', () => {
    const target = tempDir();
    writeFileSync(join(target, 'notes.txt'), 'mine');
    const r = zwpack(['init', target, '--yes']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--force');
    expect(existsSync(join(target, 'project.yaml'))).toBe(false);
  });

  it('with --force writes its files and keeps the user\'s', () => {
    const target = tempDir();
    writeFileSync(join(target, 'notes.txt'), 'mine');
    mkdirSync(join(target, 'docs'));
    writeFileSync(join(target, 'docs', '草稿.md'), 'draft');
    expect(zwpack(['init', target, '--yes', '--force']).status).toBe(0);
    expect(readFileSync(join(target, 'notes.txt'), 'utf8')).toBe('mine');
    expect(readFileSync(join(target, 'docs', '草稿.md'), 'utf8')).toBe('draft');
    expect(existsSync(join(target, 'project.yaml'))).toBe(true);
  });

  it('an unknown profile is exit 2 with one line', () => {
    const r = zwpack(['init', join(tempDir(), 'p'), '--profile', 'shanghai', '--yes']);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('a broken --from file is exit 2 naming file, line and column', () => {
    const dir = tempDir();
    const facts = join(dir, 'facts.yaml');
    writeFileSync(facts, 'profile: jilin\nname: [oops\n');
    const r = zwpack(['init', join(dir, 'out'), '--from', facts]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/facts\.yaml:\d+:\d+ /);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });
});

describe('zwpack --help', () => {
  it('lists the commands and exits 0', () => {
    const r = zwpack(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('init');
    expect(r.stdout).toContain('validate');
  });
});
