import { copyFileSync, cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir } from './helpers.js';
import { spawnSync } from 'node:child_process';

// Without LibreOffice a .doc is one finding naming the file and what to do (ZWPACK_SOFFICE points at no program).
describe('zwpack import of a .doc without LibreOffice', () => {
  it('names the file and says to save it as .docx or install LibreOffice', () => {
    const work = tempDir();
    cpSync(join(ROOT, 'test', 'fixtures', 'submissions', 'doc'), join(work, 'sub'), { recursive: true });
    const [name] = readdirSync(join(work, 'sub'));
    const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'zwpack.js'), 'import', 'sub', 'pkg'], { cwd: work, encoding: 'utf8', env: { ...process.env, ZWPACK_SOFFICE: '/nonexistent/soffice' } });
    expect(r.stdout).toContain(`sub/${name}`.replace('sub/', ''));
    expect(r.stdout).toContain('整个文件    错误  无法读取：需要 LibreOffice 才能读取此格式：请在 Word/WPS 中另存为 .docx，或安装 LibreOffice（soffice）后重试  import');
    expect(r.status).toBe(1);
  });
});

// validate reads a .doc in docs/ through LibreOffice too; without it the document is one finding at it.
describe('validate of a package whose 可研 is a .doc, without LibreOffice', () => {
  it('is one finding at the document saying what to do, and the other documents are still checked', async () => {
    const { fixturePackage } = await import('./document-fixtures.js');
    const { dir } = fixturePackage('consistent', 'docx');
    rmSync(join(dir, 'docs', '可行性研究报告.docx'));
    const [doc] = readdirSync(join(ROOT, 'test', 'fixtures', 'submissions', 'doc'));
    copyFileSync(join(ROOT, 'test', 'fixtures', 'submissions', 'doc', doc!), join(dir, 'docs', '可行性研究报告.doc'));
    const facts = join(dir, 'project.yaml');
    writeFileSync(facts, readFileSync(facts, 'utf8').replace('feasibility: docs/可行性研究报告.docx', 'feasibility: docs/可行性研究报告.doc'));
    const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'zwpack.js'), 'validate', dir, '--as-of', '2024-03-10', '--format', 'json'], { encoding: 'utf8', env: { ...process.env, ZWPACK_SOFFICE: '/nonexistent/soffice' } });
    const findings = JSON.parse(r.stdout).packages[0].findings as { ruleId: string; file: string; message: string }[];
    expect(findings.filter((f) => f.file === 'docs/可行性研究报告.doc')).toEqual([
      expect.objectContaining({ ruleId: 'document', message: '无法读取文档：需要 LibreOffice 才能读取此格式：请在 Word/WPS 中另存为 .docx，或安装 LibreOffice（soffice）后重试' }),
    ]);
    // The one unreadable document: the 建议书 and the 初设 were read.
    expect(findings.filter((f) => f.ruleId === 'document').map((f) => f.file)).toEqual(['docs/可行性研究报告.doc']);
  });
});
