import { cpSync, existsSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { readDocument, preloadPdf } from '../src/document/read.js';
import { ROOT, tempDir, zwpack } from './helpers.js';
// @ts-expect-error: a plain script of the repository, shared with the fixture maker
import { LONG_NAME } from '../scripts/doc-fixtures.mjs';
// @ts-expect-error: a plain script of the repository, shared with the benchmark
import { lyingZip } from '../bench/lying-zip.mjs';

// `zwpack import` on submissions LibreOffice wrote (scripts/make-submission-fixtures.sh): each fact
// with its source, each mistake one finding at its place in the original file, the submission untouched.

// Each test runs the CLI once to three times on real documents: more than the default 5 s on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

const SUBMISSIONS = join(ROOT, 'test', 'fixtures', 'submissions');
const KY = `${LONG_NAME}可行性研究报告（送审稿）`;

function hashes(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string, rel: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name), `${rel}${e.name}/`);
      else out[`${rel}${e.name}`] = createHash('sha256').update(readFileSync(join(d, e.name))).digest('hex');
    }
  };
  walk(dir, '');
  return out;
}

/** Import a copy of a fixture submission into a fresh folder. */
function importCopy(name: string, args: string[] = []): { sub: string; pkg: string; run: ReturnType<typeof zwpack>; before: Record<string, string> } {
  const work = tempDir();
  const sub = join(work, name);
  cpSync(join(SUBMISSIONS, name), sub, { recursive: true });
  const before = existsSync(sub) && !name.endsWith('.zip') ? hashes(sub) : { [name]: createHash('sha256').update(readFileSync(sub)).digest('hex') };
  const pkg = join(work, 'pkg');
  const run = zwpack(['import', sub, pkg, '--as-of', '2024-03-10'], work);
  return { sub, pkg, run, before };
}

const after = (sub: string, name: string): Record<string, string> => (name.endsWith('.zip') ? { [name]: createHash('sha256').update(readFileSync(sub)).digest('hex') } : hashes(sub));

describe('zwpack import', () => {
  it('a consistent submission: the facts each with its source, the files in place, no document finding, the submission byte-identical', () => {
    const { sub, pkg, run, before } = importCopy('consistent');
    expect(run.stderr).toBe('');
    const yaml = readFileSync(join(pkg, 'project.yaml'), 'utf8');
    expect(yaml).toContain(`name: ${LONG_NAME} # 读自：${KY}.docx ¶1`);
    expect(yaml).toMatch(/owner:\n {2}name: 吉林省自然资源厅 # 读自：.*¶3「建设单位：吉林省自然资源厅」/);
    expect(yaml).toMatch(/estimate: 1234\.56 # 读自：.*「…?[^」]*项目总投资1,234\.56万元/);
    expect(yaml).toMatch(/- source: 省级财政资金\n\s+nature: 省级财政资金\n\s+amount: 1034\.56 # 读自/);
    expect(yaml).toContain('profile: jilin # 推断：建设单位「吉林省自然资源厅」属吉林省');
    expect(yaml).toContain('code: null # 待核实');
    expect(yaml).toContain(`feasibility: docs/${KY}.docx`);
    expect(existsSync(join(pkg, 'tables', '附件1 项目软硬件配置清单.xlsx'))).toBe(true);
    expect(existsSync(join(pkg, 'docs', `${KY}.pdf`))).toBe(true);
    // The 可研's Word 表8-1 becomes the package's 估算表, each row with the paragraph it was read at.
    const estimate = readFileSync(join(pkg, 'tables', '项目总投资估算表.yaml'), 'utf8');
    expect(estimate).toContain(`# 项目总投资估算表：zwpack import 读自 ${KY}.docx ¶163「表8-1 项目总投资估算表」`);
    expect(estimate).toMatch(/# ¶169\n {2}- no: "1"\n {4}kind: 工程费用\n {4}name: 硬件设备购置费\n {4}amount: 123\.45/);
    expect(run.stdout).not.toContain('缺少附表「项目总投资估算表」');
    // A Word file that is only an annex table is read by its header: 附件2 becomes the 资金来源表.
    expect(run.stdout).toContain('附表：附件2 项目资金来源表.docx ¶2「附件2 项目资金来源表」 → tables/项目资金来源表.yaml');
    expect(readFileSync(join(pkg, 'tables', '项目资金来源表.yaml'), 'utf8')).toMatch(/- source: 省级财政预算\n {4}nature: 省级财政资金\n {4}amount: 1034\.56/);
    expect(run.stdout).not.toContain('缺少附表「项目资金来源表」');
    expect(run.stdout).not.toMatch(/TABLE-|CONFIG-ESTIMATE/);
    // The DOCX is read, its PDF named; the note nothing reads is listed, not dropped.
    expect(run.stdout).toContain(`另有 ${KY}.pdf（未读取）`);
    expect(run.stdout).toContain('未识别：说明.txt');
    expect(run.stdout).toContain('材料：中标通知书（扫描件）.pdf → 材料清单第 04 项「采购结果通知书」');
    expect(existsSync(join(pkg, 'materials', '04-采购结果通知书', '中标通知书（扫描件）.pdf'))).toBe(true);
    expect(run.stdout).toContain('hardware-software，按表头识别');
    expect(run.stdout).not.toMatch(/DOC-(AMOUNT|NAME|TABLE|FUNDING|PERIOD|PLACE)/);
    expect(run.stdout).toContain('待核实：code 尚未填写（null）');
    expect(after(sub, 'consistent')).toEqual(before);
  });

  it('a submission with four mistakes of the document checks: each one finding, at its place in the original file', () => {
    const { pkg, run } = importCopy('mistakes');
    const lines = run.stdout.split('\n');
    const doc = lines.filter((l) => / (DOC|CONFIG)-[A-Z-]+$/.test(l));
    expect(doc).toHaveLength(4);
    expect(doc[0]).toMatch(/^ {2}¶\d+ 第一章 项目概述 › 七、经济与社会效益 警告 {2}提到「哈尔滨市」（黑龙江省），不在本项目所在的吉林省辖区内.* {2}DOC-PLACE$/);
    expect(doc[1]).toMatch(/^ {2}¶158 第八章 投资估算和资金来源 错误 {2}「项目总投资」写作 13,245,600元，project\.yaml 的投资估算为 1234\.56 万元 {2}DOC-AMOUNT$/);
    expect(doc[2]).toMatch(/^ {2}¶\d+ 第八章 投资估算和资金来源 › 二、项目总投资估算 错误 {2}表8-1 项目总投资估算表：合计 1243\.56 万元与各行之和 1234\.56 万元不符 {2}DOC-TABLE$/);
    expect(doc[3]).toMatch(/^ {2}配置清单!A2 错误 {2}项目名称写作「吉林省自然资源综合监管平台建设项目」.* {2}DOC-NAME$/);
    // The 估算表 copied from the Word table leaves the wrong 合计 out: no second finding of it at a file the reviewer never had.
    expect(run.stdout).not.toMatch(/TABLE-TOTAL|AMOUNT-CONSISTENT/);
    // The import's own findings stand at the second value, naming the first, which project.yaml takes.
    expect(run.stdout).toMatch(/\n {2}¶158 第八章 投资估算和资金来源 错误 {2}money\.estimate 在此处为 1324\.56，与 .*¶6「.*」 的 1234\.56 不同；project\.yaml 取 1234\.56，请核实 {2}import/);
    expect(run.stdout).toMatch(/\n {2}配置清单!A2 错误 {2}name 在此处为 吉林省自然资源综合监管平台建设项目，与 .*¶1「.*」 的 .* 不同/);
    expect(readFileSync(join(pkg, 'project.yaml'), 'utf8')).toMatch(/estimate: 1234\.56 # 读自：.*另有 1324\.56/);
    expect(run.status).toBe(1);
  });

  it('a zip with GBK names and no UTF-8 flag: the names decoded, the Mac and Office leftovers skipped', () => {
    const { sub, pkg, run, before } = importCopy('consistent-gbk.zip');
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain(`文档：送审材料/${KY}.docx → docs/${KY}.docx`);
    expect(run.stdout).toContain('跳过：送审材料/~$可行性研究报告.docx');
    expect(run.stdout).toContain('跳过：__MACOSX/');
    expect(readdirSync(join(pkg, 'docs')).sort()).toEqual([`${KY}.docx`, `${KY}.pdf`]);
    expect(after(sub, 'consistent-gbk.zip')).toEqual(before);
  });

  it('a zip inside the zip is opened one level deep, its files under its name', () => {
    const work = tempDir();
    const inner = zipSync({ [`${KY}.docx`]: readFileSync(join(SUBMISSIONS, 'consistent', `${KY}.docx`)) });
    writeFileSync(join(work, 'mail.zip'), zipSync({ '附件.zip': inner, '说明.txt': new TextEncoder().encode('x') }));
    const r = zwpack(['import', 'mail.zip', 'pkg', '--as-of', '2024-03-10'], work);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain(`文档：附件/${KY}.docx → docs/${KY}.docx（可行性研究报告）`);
    expect(readFileSync(join(work, 'pkg', 'project.yaml'), 'utf8')).toContain(`name: ${LONG_NAME} # 读自：附件/${KY}.docx ¶1`);
  });

  it('a scanned PDF: one finding naming the file, and the facts left to confirm', () => {
    const { pkg, run } = importCopy('scan');
    expect(run.stdout).toContain(`${LONG_NAME}可行性研究报告.pdf\n  整个文件    错误  无法读取：扫描件，无法检查文字，请同时提供可编辑版本  import`);
    expect(readFileSync(join(pkg, 'project.yaml'), 'utf8')).toContain('name: null # 待核实');
    expect(run.status).toBe(1);
  });

  it('a PDF with an open password (LibreOffice\'s export): one finding naming the file', () => {
    const { pkg, run } = importCopy('encrypted');
    expect(run.stdout).toContain(`${KY}（加密）.pdf\n  整个文件    错误  无法读取：PDF 已加密，无法读取文字，请提供未加密的版本  import`);
    expect(existsSync(join(pkg, 'docs', `${KY}（加密）.pdf`))).toBe(true);
  });

  it('a workbook alone: the project named on its 项目名称 line, at its cell, and the profile of the place in that name', () => {
    const work = tempDir();
    cpSync(join(SUBMISSIONS, 'consistent', '附件1 项目软硬件配置清单.xlsx'), join(work, 'sub', '附件1 项目软硬件配置清单.xlsx'), { recursive: true });
    const r = zwpack(['import', 'sub', 'pkg', '--as-of', '2024-03-10'], work);
    expect(r.stderr).toBe('');
    const yaml = readFileSync(join(work, 'pkg', 'project.yaml'), 'utf8');
    expect(yaml).toContain(`name: ${LONG_NAME} # 读自：附件1 项目软硬件配置清单.xlsx 配置清单!A2「项目名称：`);
    expect(yaml).toMatch(/profile: jilin # 推断：项目名称「.*」属吉林省/);
    expect(yaml).toContain('stage: 立项审批 # 待核实：没有送审文档，也没有可判断阶段的材料，暂按立项审批');
  });

  it('a submission with a 试运行报告 and a 竣工验收报告 is imported at 竣工验收, whatever documents come with it', () => {
    const work = tempDir();
    cpSync(join(SUBMISSIONS, 'consistent'), join(work, 'sub'), { recursive: true });
    for (const name of ['试运行报告.pdf', '竣工验收报告.pdf']) writeFileSync(join(work, 'sub', name), '%PDF-1.4\n%%EOF\n');
    const r = zwpack(['import', 'sub', 'pkg', '--as-of', '2024-03-10'], work);
    expect(readFileSync(join(work, 'pkg', 'project.yaml'), 'utf8')).toContain('stage: 竣工验收 # 推断：提交了竣工验收报告.pdf（竣工验收阶段的材料），请核实');
    expect(r.stdout).toContain('（jilin） 竣工验收：');
  });

  it('the PDF a LibreOffice user exports reads as its DOCX does: the same headings, the amounts at 第 N 页', async () => {
    const pdf = await preloadPdf(join(SUBMISSIONS, 'consistent', `${KY}.pdf`));
    const docx = readDocument(join(SUBMISSIONS, 'consistent', `${KY}.docx`), 'zh');
    expect(pdf.headings.map((h) => h.text)).toEqual(docx.headings.map((h) => h.text));
    const at = pdf.body.find((b) => b.text.includes('项目总投资13,245,600元') || b.text.includes('项目总投资估算为1,234.56万元'))!;
    expect(at.text).toContain('软件购置费88.00万元');
    const { placeOf } = await import('../src/document/model.js');
    expect(placeOf(pdf, at.line)).toMatch(/^第 \d+ 页 第八章 投资估算和资金来源/);
  });

  it('validate on a submission folder says, in one line, to import it', () => {
    const work = tempDir();
    cpSync(join(SUBMISSIONS, 'consistent'), join(work, 'sub'), { recursive: true });
    const r = zwpack(['validate', 'sub'], work);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe('zwpack: sub 是一份提交材料（Word/PDF/Excel 文件，没有 project.yaml）：先运行 zwpack import sub，再检查它生成的软件包');
  });
});

describe('zwpack import refuses, with one message and nothing written', () => {
  const refuse = (make: (work: string) => string, message: RegExp): void => {
    const work = tempDir();
    const sub = make(work);
    const r = zwpack(['import', sub, 'out'], work);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/at .*\.js/);
    expect(readdirSync(work).filter((n) => n !== 'sub' && !n.endsWith('.zip') && !n.endsWith('.rar'))).toEqual([]);
  };
  const zip = (work: string, files: Record<string, Uint8Array>): string => {
    writeFileSync(join(work, 'sub.zip'), zipSync(files));
    return 'sub.zip';
  };
  const docx = (): Uint8Array => readFileSync(join(SUBMISSIONS, 'consistent', `${KY}.docx`));

  it('an entry that leaves the folder', () => refuse((w) => zip(w, { '../evil.docx': docx() }), /「\.\.\/evil\.docx」 的路径指向压缩包之外/));
  it('an entry that inflates past the limit, whatever its header claims', () => {
    refuse((w) => {
      const name = zip(w, { 'big.docx': new Uint8Array(3 * 1024 * 1024) });
      const buf = readFileSync(join(w, name));
      const cd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
      buf.writeUInt32LE(100, cd + 24);
      writeFileSync(join(w, name), buf);
      process.env.ZWPACK_MAX_FILE_MB = '1';
      return name;
    }, /解压后超过大小上限（无论压缩包头部声称多大）/);
    delete process.env.ZWPACK_MAX_FILE_MB;
  });
  it('two entries of one name (or names differing in case only)', () =>
    refuse((w) => (writeFileSync(join(w, 'sub.zip'), lyingZip([{ name: '可研.docx', head: 'a' }, { name: '可研.DOCX', head: 'b' }])), 'sub.zip'), /中有两个「可研\.DOCX」（名称相同或仅大小写不同）/));
  it('a link in a submission folder', () => refuse((w) => {
    cpSync(join(SUBMISSIONS, 'consistent'), join(w, 'sub'), { recursive: true });
    symlinkSync('/etc/passwd', join(w, 'sub', '可研.docx'));
    return 'sub';
  }, /可研\.docx 是链接：提交材料中不应有链接/));
  it('an empty submission', () => refuse((w) => zip(w, {}), /没有文件/));
  it('a zip whose entries are encrypted (zip -P)', () => refuse((w) => (cpSync(join(SUBMISSIONS, 'encrypted-submission.zip'), join(w, 'sub.zip')), 'sub.zip'), new RegExp(`中的「${KY}\\.docx」 已加密，无法读取：请提供未加密的压缩包`)));
  it('a submission of unrecognised files only', () => refuse((w) => zip(w, { 'a.txt': new TextEncoder().encode('x'), 'b.jpg': new Uint8Array(3) }), /没有可识别的文档或附表（a\.txt、b\.jpg）/));
  it('a RAR archive', () => refuse((w) => (writeFileSync(join(w, 'sub.rar'), 'Rar!'), 'sub.rar'), /RAR\/7z 压缩包：请先解压/));
  it('a zip in a zip in a zip', () => refuse((w) => zip(w, { 'a.zip': zipSync({ 'b.zip': zipSync({ 'c.docx': docx() }) }) }), /压缩包中的压缩包中的压缩包/));
});

describe('zwpack import: files that are not what their names say', () => {
  const KY_FILE = join(SUBMISSIONS, 'consistent', `${KY}.docx`);
  const run = (files: Record<string, Buffer | string>): ReturnType<typeof zwpack> & { cwd: string } => {
    const work = tempDir();
    cpSync(join(SUBMISSIONS, 'consistent'), join(work, 'sub'), { recursive: true });
    for (const [name, data] of Object.entries(files)) writeFileSync(join(work, 'sub', name), data);
    return { ...zwpack(['import', 'sub', 'pkg', '--as-of', '2024-03-10'], work), cwd: work };
  };

  it('a PDF that is a renamed image is one finding naming it', () => {
    const r = run({ '项目建议书.pdf': Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(200)]) });
    expect(r.stdout).toContain('项目建议书.pdf\n  整个文件    错误  无法读取：扩展名是 .pdf，但不是 PDF 文件（可能是改了扩展名的图片）  import');
  });

  it('a DOCX that is really a Word 97 file, without LibreOffice, says so', () => {
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]);
    const work = tempDir();
    cpSync(join(SUBMISSIONS, 'consistent'), join(work, 'sub'), { recursive: true });
    writeFileSync(join(work, 'sub', '项目建议书.docx'), ole);
    const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'zwpack.js'), 'import', 'sub', 'pkg'], { cwd: work, encoding: 'utf8', env: { ...process.env, ZWPACK_SOFFICE: '/nonexistent/soffice' } });
    expect(r.stdout).toContain('项目建议书.docx\n  整个文件    错误  无法读取：这是旧版 Word（.doc）或 WPS（.wps）格式，只是改了扩展名；需要 LibreOffice');
  });

  it('a DOCX and a workbook with an open password are each one finding saying so, with no LibreOffice run', () => {
    const encrypted = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(64), Buffer.from('EncryptionInfo', 'utf16le'), Buffer.alloc(64)]);
    const work = tempDir();
    cpSync(join(SUBMISSIONS, 'consistent'), join(work, 'sub'), { recursive: true });
    writeFileSync(join(work, 'sub', '项目建议书.docx'), encrypted);
    writeFileSync(join(work, 'sub', '附件3 信息资源目录.xlsx'), encrypted);
    // A LibreOffice that is not there: were it asked, the message would say it is needed.
    const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'zwpack.js'), 'import', 'sub', 'pkg'], { cwd: work, encoding: 'utf8', env: { ...process.env, ZWPACK_SOFFICE: '/nonexistent/soffice' } });
    expect(r.stdout).toContain('项目建议书.docx\n  整个文件    错误  无法读取：文档已加密（设置了打开密码），请在 Word/WPS 中取消密码后另存为 .docx  import');
    expect(r.stdout).toContain('附件3 信息资源目录.xlsx\n  整个文件    错误  无法读取：工作簿已加密（设置了打开密码），请在 Excel/WPS 中取消密码后另存为 .xlsx  import');
  });

  it('two files claiming to be the 可研 with different totals: one finding naming both, the newer revision read', () => {
    // The 修订稿 states 1,200.00 wherever the 送审稿 states 1,234.56 (the unit is a run of its own).
    const parts = unzipSync(readFileSync(KY_FILE));
    parts['word/document.xml'] = strToU8(strFromU8(parts['word/document.xml']!).replaceAll('1,234.56', '1,200.00'));
    const r = run({ [`${LONG_NAME}可行性研究报告（修订稿）.docx`]: Buffer.from(zipSync(parts)) });
    expect(r.stdout).toMatch(/3 个文件都是可行性研究报告，总投资不同：.*（修订稿）\.docx 1200 万元；.*（送审稿）\.docx 1234\.56 万元/);
    expect(readFileSync(join(r.cwd, 'pkg', 'project.yaml'), 'utf8')).toMatch(/estimate: 1200 # 读自：.*（修订稿）\.docx/);
    expect(r.stdout).toContain(`文档：${LONG_NAME}可行性研究报告（修订稿）.docx`);
  });

  it('a zip larger than the whole submission may be is refused before it is read', () => {
    const work = tempDir();
    writeFileSync(join(work, 'big.zip'), Buffer.alloc(3 * 1024 * 1024));
    const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'zwpack.js'), 'import', 'big.zip', '--max-file-size', '0.25'].slice(0, 3).concat(['out']), { cwd: work, encoding: 'utf8', env: { ...process.env, ZWPACK_MAX_FILE_MB: '0.25' } });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/big\.zip 过大（3 MB），超过提交材料的上限 2 MB/);
    expect(existsSync(join(work, 'out'))).toBe(false);
  });
});

describe('validate reads a PDF in docs/ as it reads a DOCX', () => {
  it('the 可研 as the PDF LibreOffice exported: quiet when it agrees, DOC-AMOUNT at 第 N 页 when the facts differ', async () => {
    const { fixturePackage } = await import('./document-fixtures.js');
    const { dir } = fixturePackage('consistent', 'docx');
    rmSync(join(dir, 'docs', '可行性研究报告.docx'));
    cpSync(join(SUBMISSIONS, 'consistent', `${KY}.pdf`), join(dir, 'docs', '可行性研究报告.pdf'));
    const facts = join(dir, 'project.yaml');
    writeFileSync(facts, readFileSync(facts, 'utf8').replace('feasibility: docs/可行性研究报告.docx', 'feasibility: docs/可行性研究报告.pdf'));
    const quiet = zwpack(['validate', dir, '--as-of', '2024-03-10', '--format', 'json']);
    const found = (r: ReturnType<typeof zwpack>): { ruleId: string; file: string; message: string }[] => JSON.parse(r.stdout).packages[0].findings;
    expect(found(quiet).filter((f) => f.file === 'docs/可行性研究报告.pdf' && f.ruleId.startsWith('DOC-'))).toEqual([]);
    writeFileSync(facts, readFileSync(facts, 'utf8').replace('estimate: 1234.56', 'estimate: 1200'));
    const loud = found(zwpack(['validate', dir, '--as-of', '2024-03-10', '--format', 'json'])).filter((f) => f.ruleId === 'DOC-AMOUNT' && f.file === 'docs/可行性研究报告.pdf');
    // Each statement of the 估算 in the PDF (the 项目建议书 of the fixture states it too, and has its own).
    expect(loud.length).toBeGreaterThan(0);
    const pretty = zwpack(['validate', dir, '--as-of', '2024-03-10']).stdout;
    expect(pretty).toMatch(/第 \d+ 页 第[一二三四五六七八]章[^\n]*错误 {2}「项目总投资」写作 1,234\.56万元，project\.yaml 的投资估算为 1200\.00 万元 {2}DOC-AMOUNT/);
  });
});
