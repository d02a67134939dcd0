import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, ROOT, tempDir, validateJson, zwpack } from './helpers.js';

describe('zwpack init', () => {
  for (const [profile, dir] of Object.entries(EXAMPLES)) {
    it(`--from the ${profile} example, then validate: exit 0`, () => {
      const target = join(tempDir(), 'pkg');
      const r = zwpack(['init', target, '--from', join(ROOT, dir, 'project.yaml')]);
      expect(r.status).toBe(0);
      expect(r.stdout).toContain('zwpack validate');
      const v = validateJson(target);
      expect(v.findings).toEqual([]);
      expect(v.status).toBe(0);
      const facts = readFileSync(join(target, 'project.yaml'), 'utf8');
      expect(facts.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=.*schemas\/project\.schema\.json$/);
      expect(facts).toContain('# 项目名称 —— ');
      expect(existsSync(join(target, 'materials'))).toBe(true);
    });
  }

  it('--yes writes a package for each profile that validates, with the profile\'s tables', () => {
    for (const profile of Object.keys(EXAMPLES)) {
      const target = join(tempDir(), 'pkg');
      expect(zwpack(['init', target, '--profile', profile, '--yes']).status).toBe(0);
      expect(validateJson(target).status).toBe(0);
      const tables = join(target, 'tables');
      expect(existsSync(join(tables, '项目总投资估算表.yaml'))).toBe(true);
      expect(existsSync(join(tables, '应用系统定制开发工作量核算表.yaml'))).toBe(profile === 'jilin');
      expect(readFileSync(join(tables, '项目资金来源表.yaml'), 'utf8')).toMatch(/^# yaml-language-server: \$schema=.*funding-sources\.schema\.json/);
    }
  });

  it('writes Word skeletons by default and Markdown with --docs md; each passes its outline with zero findings', () => {
    for (const [docs, ext] of [[[], 'docx'], [['--docs', 'md'], 'md']] as const) {
      const target = join(tempDir(), 'pkg');
      expect(zwpack(['init', target, '--profile', 'jilin', '--yes', ...docs]).status).toBe(0);
      expect(readdirSync(join(target, 'docs')).sort()).toEqual([`初步设计方案和投资概算.${ext}`, `可行性研究报告.${ext}`, `项目建议书.${ext}`]);
      const r = validateJson(target);
      expect(r.findings.filter((f) => f.file.startsWith('docs/'))).toEqual([]);
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

  it('writes each question of the profile with its article as a comment', () => {
    const target = join(tempDir(), 'pkg');
    zwpack(['init', target, '--profile', 'jinhu', '--yes']);
    const facts = readFileSync(join(target, 'project.yaml'), 'utf8');
    expect(facts).toContain('# 第十九条（一）：未经上级主管部门许可新建或扩建机房、云平台、实体数据中心\n  JH-NOT-SUPPORTED-1: false');
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
