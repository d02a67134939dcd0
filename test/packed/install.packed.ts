import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { pdfTextOf, readPdf } from '../pdf.js';

// What a user gets: the tarball `npm pack` makes, installed globally into a prefix of its own, run
// from a folder that is not the repository (so nothing resolves from its node_modules).
const ROOT = resolve(import.meta.dirname, '../..');
const EXAMPLE = 'jilin-budongchan';
const NAME = /^name:\s*(.+)$/m.exec(readFileSync(join(ROOT, 'examples', EXAMPLE, 'project.yaml'), 'utf8'))![1]!.trim();
/** The project the fixture submission's PDF names on its cover. */
const PDF_NAME = '吉林省自然资源厅不动产登记信息共享服务平台暨全省不动产登记数据汇聚治理与共享应用建设项目';

function sizeOf(path: string): number {
  const s = statSync(path);
  return s.isDirectory() ? readdirSync(path).reduce((n, f) => n + sizeOf(join(path, f)), 0) : s.size;
}

describe('the packed install', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'zwpack-packed-'));
  const prefix = join(tmp, 'prefix');
  // dist/ is built by the script that runs this test; packing again would rebuild it.
  const tarball = execFileSync('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', tmp], { cwd: ROOT, encoding: 'utf8' }).trim().split('\n').at(-1)!;
  const install = spawnSync('npm', ['install', '-g', '--prefix', prefix, '--no-audit', '--no-fund', join(tmp, tarball)], { cwd: tmp, encoding: 'utf8' });
  const work = join(tmp, 'work');
  mkdirSync(work);
  cpSync(join(ROOT, 'examples', EXAMPLE), join(work, EXAMPLE), { recursive: true });
  const zwpack = (...args: string[]) => spawnSync(join(prefix, 'bin', 'zwpack'), args, { cwd: work, encoding: 'utf8' });

  it('installs on this Node with no warning, under 60 MB', () => {
    expect(process.versions.node.split('.')[0]).toBe('20');
    expect(install.status).toBe(0);
    expect(`${install.stdout}${install.stderr}`).not.toMatch(/warn|EBADENGINE|deprecated/i);
    expect(sizeOf(prefix)).toBeLessThan(60 * 1024 * 1024);
  });

  it('validates, renders PDF, DOCX and XLSX, and reports from another folder', async () => {
    const v = zwpack('validate', EXAMPLE);
    expect(v.stderr).toBe('');
    expect(v.status).toBe(0);
    expect(v.stdout).toContain(`✔ ${EXAMPLE}（jilin）`);

    const r = zwpack('render', EXAMPLE, '--to', 'pdf,docx', '--out', 'out');
    expect(r.status).toBe(0);
    const pdfs = readdirSync(join(work, 'out')).filter((f) => f.endsWith('.pdf'));
    expect(pdfs.length).toBeGreaterThan(0);
    const pdf = await readPdf(join(work, 'out', pdfs[0]!));
    // Set in the shipped Noto Serif SC: the text reads back as Chinese.
    expect(pdfTextOf(pdf)).toContain(`项目名称：${NAME}`);
    expect(pdf.fonts.some((f) => /NotoSerifSC/.test(f.name))).toBe(true);
    const docx = readdirSync(join(work, 'out')).find((f) => f.endsWith('.docx'))!;
    const xml = new TextDecoder().decode(unzipSync(readFileSync(join(work, 'out', docx)))['word/document.xml']);
    expect(xml).toContain(NAME);

    const x = zwpack('render', EXAMPLE, '--to', 'xlsx', '--form', 'JL-ANNEX-1', '--out', 'outx');
    expect(x.status).toBe(0);
    const [book] = readdirSync(join(work, 'outx'));
    expect(new TextDecoder().decode(unzipSync(readFileSync(join(work, 'outx', book!)))['xl/sharedStrings.xml'])).toContain('项目软硬件配置清单');

    const h = zwpack('report', EXAMPLE, '--out', 'r.html');
    expect(h.status).toBe(0);
    expect(readFileSync(join(work, 'r.html'), 'utf8')).toContain(NAME);
  });

  it('imports a PDF with the shipped text reader', () => {
    const from = join(ROOT, 'test/fixtures/submissions/consistent');
    const sub = join(work, 'sub');
    mkdirSync(sub);
    for (const f of readdirSync(from).filter((f) => f.endsWith('可行性研究报告（送审稿）.pdf'))) cpSync(join(from, f), join(sub, f));
    const i = zwpack('import', 'sub');
    expect(i.stderr).toBe('');
    expect(i.stdout).toContain('.pdf（可行性研究报告）');
    expect(readFileSync(join(work, 'sub-zwpack', 'project.yaml'), 'utf8')).toContain(PDF_NAME);
  });
});
