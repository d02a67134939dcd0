import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { AS_OF, copyExample, tempDir, zwpack } from './helpers.js';
import { pdfTextOf, readPdf } from './pdf.js';

// zwpack opinion: the 审查意见 as DOCX and PDF, read back (the DOCX from its XML, the PDF with pdfjs):
// every error and warning once, with its place and article, numbered as 公文 number them.
vi.setConfig({ testTimeout: 60_000 });

type F = { ruleId: string; severity: string; file: string; message: string; source: string | null };

/** Replace text in a DOCX's body (the first `count` times). */
function editDocx(file: string, from: string, to: string): void {
  const zip = unzipSync(readFileSync(file));
  const xml = strFromU8(zip['word/document.xml']!);
  expect(xml.includes(from), from).toBe(true);
  zip['word/document.xml'] = strToU8(xml.replace(from, to));
  writeFileSync(file, zipSync(zip));
}

/** The 吉林 example with a finding in the 可研, one in the 初设 and one in a table. */
function withFindings(): string {
  const dir = copyExample('jilin');
  editDocx(join(dir, 'docs', '可行性研究报告.docx'), '<w:t>842.60</w:t>', '<w:t>852.60</w:t>');
  editDocx(join(dir, 'docs', '初步设计方案和投资概算.docx'), '吉林省自然资源厅', '哈尔滨市自然资源局');
  const table = join(dir, 'tables', '软硬件配置清单.yaml');
  writeFileSync(table, readFileSync(table, 'utf8').replace(/\ntotal: ([\d.]+)/, (_, t: string) => `\ntotal: ${Number(t) + 1}`));
  return dir;
}

const squash = (s: string): string => s.replace(/\s+/g, '');
const docxText = (file: string): string => [...strFromU8(unzipSync(readFileSync(file))['word/document.xml']!).matchAll(/<w:p\b[\s\S]*?<\/w:p>/g)].map((p) => [...p[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')).join('\n');
const findingsOf = (dir: string): F[] => JSON.parse(zwpack(['validate', dir, '--as-of', AS_OF, '--format', 'json']).stdout).packages[0].findings;

async function opinion(dir: string, args: string[] = []): Promise<{ docx: string; pdf: string; stdout: string }> {
  const out = join(tempDir(), 'out');
  const r = zwpack(['opinion', dir, '--out', out, '--date', '2026-12-07', '--reviewer', '吉林省政务服务和数字化建设管理局', '--as-of', AS_OF, ...args]);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  const pdf = pdfTextOf(await readPdf(join(out, '审查意见.pdf')));
  return { docx: docxText(join(out, '审查意见.docx')), pdf, stdout: r.stdout };
}

/** How often a text stands in another, spaces and line breaks aside. */
const count = (hay: string, needle: string): number => squash(hay).split(squash(needle)).length - 1;

describe('zwpack opinion', () => {
  it('carries every error and warning once, in the DOCX and the PDF alike, by document, with place and article', async () => {
    const dir = withFindings();
    const found = findingsOf(dir).filter((f) => f.severity !== 'info');
    const files = new Set(found.map((f) => f.file));
    expect(files).toEqual(new Set(['docs/可行性研究报告.docx', 'docs/初步设计方案和投资概算.docx', 'tables/软硬件配置清单.yaml']));
    const { docx, pdf, stdout } = await opinion(dir);
    const errors = found.filter((f) => f.severity === 'error').length;
    expect(stdout).toContain(`须修改 ${errors} 项，建议修改 ${found.length - errors} 项`);
    for (const text of [docx, pdf]) {
      expect(count(text, '关于吉林省不动产登记信息共享服务平台建设项目可行性研究报告及初步设计方案和投资概算的审查意见')).toBe(1);
      expect(count(text, '吉林省自然资源厅：')).toBe(1);
      // Each finding's statement (its words up to the figures the others share) stands as often as there are such findings.
      for (const f of found) {
        const stem = f.message.replace(/project\.yaml/g, '').slice(0, 16);
        expect(count(text, stem), stem).toBe(found.filter((g) => g.message.replace(/project\.yaml/g, '').slice(0, 16) === stem).length);
        if (f.source) expect(count(text, `依据${f.source}`)).toBeGreaterThan(0);
      }
      for (const head of ['一、总体意见', '二、须修改的问题', '三、建议修改的问题', '四、核对的项目信息']) expect(count(text, head)).toBe(1);
      expect(count(text, '（一）《吉林省不动产登记信息共享服务平台建设项目可行性研究报告》')).toBe(1);
      expect(count(text, '附表《软硬件配置清单》')).toBe(1);
      // The place: the chapter, not a paragraph number.
      expect(text).toMatch(/1\.\s*第一章\s*项目概述/);
      expect(text).not.toMatch(/¶\d/);
      expect(count(text, '吉林省政务服务和数字化建设管理局')).toBe(1);
      expect(count(text, '2026年12月7日')).toBeGreaterThan(0);
    }
  });

  it('--exclude drops the rules the reviewer overrules and says how many; --note adds the reviewer\'s items in their place', async () => {
    const dir = withFindings();
    const place = findingsOf(dir).filter((f) => f.ruleId === 'DOC-PLACE').length;
    expect(place).toBeGreaterThan(0);
    const note = join(tempDir(), 'note.md');
    writeFileSync(note, '## 可行性研究报告\n\n- 第四章应补充与省级平台的接口清单\n\n## 建议\n\n- 附图宜采用矢量格式\n\n## 其他\n\n- 请于十个工作日内重新报送\n');
    const { docx } = await opinion(dir, ['--exclude', 'DOC-PLACE', '--note', note]);
    expect(docx).not.toContain('不在本项目所在的吉林省辖区内');
    expect(docx).toContain(`另有 ${place} 条检查结果经审查人员研究未予采纳，未列入本意见（DOC-PLACE）。`);
    // Under the 可研's own items, among the required ones; the suggestion among the suggestions; the rest as 其他意见.
    const lines = docx.split('\n');
    const ky = lines.findIndex((l) => l.startsWith('（一）《') && l.includes('可行性研究报告'));
    const mine = lines.findIndex((l) => l.includes('第四章应补充与省级平台的接口清单'));
    expect(mine).toBeGreaterThan(ky);
    expect(mine).toBeLessThan(lines.indexOf('三、建议修改的问题'));
    expect(lines.findIndex((l) => l.includes('附图宜采用矢量格式'))).toBeGreaterThan(lines.indexOf('三、建议修改的问题'));
    expect(lines.findIndex((l) => l.includes('请于十个工作日内重新报送'))).toBeGreaterThan(lines.indexOf('四、其他意见'));
  });

  it('a package with no error gets a short opinion saying so, not an empty list', async () => {
    const { docx } = await opinion(copyExample('national'));
    expect(docx).toContain('未发现须修改的问题');
    expect(docx).not.toContain('须修改的问题\n');
    expect(docx).toContain('核对的项目信息');
  });

  it('--since the earlier round says which of its items were fixed and which were not', async () => {
    const old = withFindings();
    const now = withFindings();
    editDocx(join(now, 'docs', '可行性研究报告.docx'), '<w:t>852.60</w:t>', '<w:t>842.60</w:t>');
    const { docx } = await opinion(now, ['--since', old]);
    expect(docx).toMatch(/前次审查意见所列问题中，已修改 1 项，未修改 \d+ 项；本轮新增 0 项。/);
    expect(docx).toMatch(/\d+\. 已修改：《吉林省不动产登记信息共享服务平台建设项目可行性研究报告》 第一章 项目概述[^\n]*：「项目总投资」写作 852\.60万元/);
    expect(docx).toMatch(/\d+\. 未修改：《吉林省不动产登记信息共享服务平台建设项目初步设计方案和投资概算》/);
  });
});

describe('zwpack report --since', () => {
  it('marks each finding 新增 or 仍存在 against the earlier version, and lists the ones resolved', () => {
    const old = withFindings();
    const now = withFindings();
    editDocx(join(now, 'docs', '可行性研究报告.docx'), '<w:t>852.60</w:t>', '<w:t>842.60</w:t>');
    const table = join(now, 'tables', '项目资金来源表.yaml');
    writeFileSync(table, readFileSync(table, 'utf8').replace(/\ntotal: ([\d.]+)/, (_, t: string) => `\ntotal: ${Number(t) + 1}`));
    const out = join(tempDir(), 'r.html');
    zwpack(['report', now, '--since', old, '--out', out, '--as-of', AS_OF]);
    const html = readFileSync(out, 'utf8');
    const added = (html.match(/<span class="tag new">新增<\/span>/g) ?? []).length;
    const open = (html.match(/<span class="tag open">仍存在<\/span>/g) ?? []).length;
    expect(html).toContain(`与 ${old} 相比：新增 ${added} 条，仍存在 ${open} 条，已解决 1 条`);
    expect(added).toBeGreaterThan(0);
    expect(open).toBeGreaterThan(0);
    expect(html).toMatch(/<span class="tag done">已解决<\/span> <span class="msg">「项目总投资」写作 852\.60万元/);
    // The new finding is the 资金来源表's total, marked as such.
    expect(html).toMatch(/<span class="tag new">新增<\/span> <span class="sev">错误<\/span> <span class="msg">合计 [\d.]+ 万元与各行之和/);
  });
});

describe('opinion and diff on bad input: one line, exit 2, nothing half-written', () => {
  const cases: [string, string[], RegExp][] = [
    ['an --out that cannot be made (a pseudo-filesystem: never a hang)', ['opinion', 'examples/jilin-budongchan', '--out', '/proc/self/x'], /^zwpack: 无法写入 \/proc\/self\/x：/],
    ['a --note file that is not there', ['opinion', 'examples/jilin-budongchan', '--note', '/nonexistent/note.md', '--out', '/tmp/zwpack-never'], /^zwpack: 无法读取 --note \/nonexistent\/note\.md：文件或目录不存在/],
    ['a --date that is no day', ['opinion', 'examples/jilin-budongchan', '--date', '2026-13-01'], /^zwpack: --date 应为 YYYY-MM-DD/],
    ['--to xlsx', ['opinion', 'examples/jilin-budongchan', '--to', 'xlsx'], /^zwpack: --to 只能是 docx、pdf 的组合/],
    ['diff of a folder that is not there', ['diff', '/nonexistent', 'examples/jilin-budongchan'], /^zwpack: 找不到软件包或提交材料：\/nonexistent/],
    ['diff --output onto a file of the package', ['diff', 'examples/jilin-budongchan', 'examples/jilin-budongchan', '--output', 'examples/jilin-budongchan/project.yaml'], /不能用报告覆盖它/],
  ];
  for (const [what, args, says] of cases) {
    it(what, () => {
      const r = zwpack(args);
      expect(r.status).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(says);
    });
  }
});
