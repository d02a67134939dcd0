import { copyFileSync, cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ROOT, tempDir, zwpack } from '../helpers.js';
// @ts-expect-error: a plain script of the repository, shared with the fixture maker
import { LONG_NAME } from '../../scripts/doc-fixtures.mjs';

// RTF, WPS, Excel 97 and WPS 表格 files of a submission (scripts/make-format-fixtures.sh), and a .doc
// in a package's docs/, each converted by LibreOffice in a temp folder; the originals stay as they were.
vi.setConfig({ testTimeout: 180_000 });
const SUBMISSIONS = join(ROOT, 'test', 'fixtures', 'submissions');
const KY = `${LONG_NAME}可行性研究报告（送审稿）`;

function importCopy(name: string): { work: string; run: ReturnType<typeof zwpack>; yaml: string; before: Record<string, Buffer> } {
  const work = tempDir();
  cpSync(join(SUBMISSIONS, name), join(work, 'sub'), { recursive: true });
  const before = Object.fromEntries(readdirSync(join(work, 'sub')).map((f) => [f, readFileSync(join(work, 'sub', f))]));
  const run = zwpack(['import', 'sub', 'pkg', '--as-of', '2024-03-10'], work);
  return { work, run, yaml: readFileSync(join(work, 'pkg', 'project.yaml'), 'utf8'), before };
}

describe('zwpack import of RTF, WPS, .xls and .et files, with LibreOffice', () => {
  it('reads the 可研 from RTF, the 资金来源表 from a .wps and the 配置清单 from a .xls, and leaves them untouched', () => {
    const { work, run, yaml, before } = importCopy('formats');
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain(`文档：${KY}.rtf → docs/${KY}.docx（可行性研究报告）`);
    expect(run.stdout).toContain('附表：附件1 项目软硬件配置清单.xls → tables/附件1 项目软硬件配置清单.xlsx（hardware-software，按表头识别）');
    expect(run.stdout).toMatch(/附表：附件2 项目资金来源表\.wps ¶\d+「附件2 项目资金来源表」 → tables\/项目资金来源表\.yaml/);
    expect(yaml).toMatch(new RegExp(`estimate: 1234\\.56 # 读自：${KY.replace(/[()（）]/g, '.')}\\.rtf ¶\\d+`));
    expect(yaml).toContain(`name: ${LONG_NAME} # 读自：${KY}.rtf`);
    expect(readFileSync(join(work, 'pkg', 'tables', '项目资金来源表.yaml'), 'utf8')).toMatch(/amount: 1034\.56/);
    for (const [f, data] of Object.entries(before)) expect(readFileSync(join(work, 'sub', f)).equals(data)).toBe(true);
  });

  it('reads a WPS 表格 (.et) 配置清单 by its header, and the project from its 项目名称 line', () => {
    const { run, yaml } = importCopy('et');
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('附表：附件1 项目软硬件配置清单.et → tables/附件1 项目软硬件配置清单.xlsx（hardware-software，按表头识别）');
    expect(yaml).toMatch(new RegExp(`name: ${LONG_NAME} # 读自：附件1 项目软硬件配置清单\\.et [^!]+!A2「项目名称：`));
    expect(yaml).toContain('profile: jilin');
  });
});

describe('validate of a package whose 可研 is a Word 97 file, with LibreOffice', () => {
  it('reads the .doc as it reads the .docx: quiet when it agrees, DOC-AMOUNT at its paragraph when the facts differ', async () => {
    const { fixturePackage } = await import('../document-fixtures.js');
    const { dir } = fixturePackage('consistent', 'docx');
    rmSync(join(dir, 'docs', '可行性研究报告.docx'));
    const [doc] = readdirSync(join(SUBMISSIONS, 'doc'));
    copyFileSync(join(SUBMISSIONS, 'doc', doc!), join(dir, 'docs', '可行性研究报告.doc'));
    const facts = join(dir, 'project.yaml');
    writeFileSync(facts, readFileSync(facts, 'utf8').replace('feasibility: docs/可行性研究报告.docx', 'feasibility: docs/可行性研究报告.doc'));
    const found = (): { ruleId: string; file: string; message: string; place?: string }[] =>
      JSON.parse(zwpack(['validate', dir, '--as-of', '2024-03-10', '--format', 'json']).stdout).packages[0].findings.filter((f: { file: string }) => f.file === 'docs/可行性研究报告.doc');
    expect(found()).toEqual([]);
    writeFileSync(facts, readFileSync(facts, 'utf8').replace('estimate: 1234.56', 'estimate: 1200'));
    const loud = found().filter((f) => f.ruleId === 'DOC-AMOUNT');
    expect(loud.length).toBeGreaterThan(0);
    expect(loud[0]!.place).toMatch(/^¶\d+ /);
    expect(loud[0]!.message).toContain('project.yaml 的投资估算为 1200.00 万元');
  });
});
