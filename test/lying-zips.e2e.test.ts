import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyExample, ROOT, tempDir, validateJson } from './helpers.js';
// @ts-expect-error: a plain script of the repository, shared with the benchmark
import { lyingDocx, lyingZip, rowBombXlsx, zeroBombXlsx } from '../bench/lying-zip.mjs';

// Zips whose headers lie about their sizes, as one reader for DOCX, XLSX and submissions meets them:
// each is refused at the limit, whatever it claims, with one finding at the file (docs/bad-input.md).

/** Peak memory of one read of `file` in its own process (bench/read-table.mjs), and what the reader said. */
function readAlone(reader: 'zwpack' | 'docx', file: string): { mb: number; said: string } {
  const r = spawnSync(process.execPath, [join(ROOT, 'bench', 'read-table.mjs'), reader, file], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as { mb: number; said: string };
}

describe('lying zips', () => {
  const work = tempDir();
  it('a sheet that claims 4,670 bytes and inflates to 3 GiB of rows is refused with less than 200 MB of memory', () => {
    writeFileSync(join(work, 'rows.xlsx'), rowBombXlsx());
    const r = readAlone('zwpack', join(work, 'rows.xlsx'));
    expect(r.said).toBe('0 rows; 工作簿解压后超过 200 MB（无论压缩包头部声称多大），疑似压缩炸弹，已拒绝读取');
    expect(r.mb).toBeLessThan(200);
  });

  it('the same with 3 GiB of NUL bytes', () => {
    writeFileSync(join(work, 'zeros.xlsx'), zeroBombXlsx());
    const r = readAlone('zwpack', join(work, 'zeros.xlsx'));
    expect(r.said).toMatch(/疑似压缩炸弹/);
    expect(r.mb).toBeLessThan(200);
  });

  it('a DOCX body that claims 4,670 bytes and inflates to 10 GiB stops at 64 MB; with a damaged local header it is damaged, never unzipped a second way', () => {
    writeFileSync(join(work, 'doc.docx'), lyingDocx());
    writeFileSync(join(work, 'bad.docx'), lyingDocx(10, true));
    const doc = readAlone('docx', join(work, 'doc.docx'));
    expect(doc.said).toBe('文档正文解压后超过 64 MB，疑似压缩炸弹，已拒绝读取');
    expect(doc.mb).toBeLessThan(200);
    const bad = readAlone('docx', join(work, 'bad.docx'));
    expect(bad.said).toBe('DOCX 压缩包已损坏（bad local header），请用 Word/WPS 打开后重新保存');
    expect(bad.mb).toBeLessThan(200);
  });

  it('in a package, each is one error at its file and the rest of the package is checked', () => {
    const dir = copyExample('jilin');
    rmSync(join(dir, 'tables', '软硬件配置清单.yaml'));
    writeFileSync(join(dir, 'tables', '软硬件配置清单.xlsx'), readFileSync(join(work, 'rows.xlsx')));
    writeFileSync(join(dir, 'docs', '项目建议书.docx'), readFileSync(join(work, 'doc.docx')));
    const r = validateJson(dir);
    const at = (file: string): string[][] => r.findings.filter((f) => f.file === file).map((f) => [f.severity, `${f.line}:${f.column}`, f.message]);
    expect(at('tables/软硬件配置清单.xlsx')).toEqual([['error', '1:1', '工作簿解压后超过 200 MB（无论压缩包头部声称多大），疑似压缩炸弹，已拒绝读取']]);
    expect(at('docs/项目建议书.docx')).toEqual([['error', '1:1', expect.stringMatching(/文档正文解压后超过 64 MB，疑似压缩炸弹/)]]);
    // The other documents were read: the 可研's findings (if any) are its own, and no internal error.
    expect(r.stderr).not.toContain('内部错误');
    expect(r.status).toBe(1);
  });

  it('a DOCX or a workbook holding one part twice is refused (which one a reader takes would decide what is checked)', () => {
    const dir = copyExample('jilin');
    const body = '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>x</w:t></w:r></w:p></w:body></w:document>';
    writeFileSync(join(dir, 'docs', '项目建议书.docx'), lyingZip([{ name: 'word/document.xml', head: body }, { name: 'word/document.xml', head: body }]));
    rmSync(join(dir, 'tables', '项目资金来源表.yaml'));
    writeFileSync(join(dir, 'tables', '项目资金来源表.xlsx'), lyingZip([{ name: 'xl/workbook.xml', head: '<workbook/>' }, { name: 'xl/workbook.xml', head: '<workbook/>' }]));
    const r = validateJson(dir);
    const messages = (file: string): string[] => r.findings.filter((f) => f.file === file).map((f) => f.message);
    expect(messages('docs/项目建议书.docx')).toEqual([expect.stringMatching(/^无法读取文档：压缩包里有两个「word\/document\.xml」，无法确定哪个是文档/)]);
    expect(messages('tables/项目资金来源表.xlsx')).toEqual(['工作簿里有两个「xl/workbook.xml」，无法确定读哪一个：请用 Excel/WPS 打开后重新保存']);
  });
});
