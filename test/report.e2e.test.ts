import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { copyExample, edit, EXAMPLES, ROOT, tempDir, zwpack } from './helpers.js';

// zwpack report: one self-contained HTML page per package or folder of packages, read back as text here
// (the page in a real browser is tested by `npm run test:browser`).
const AS_OF = '2026-11-29';

interface JsonPackage {
  path: string;
  summary: { error: number; warning: number };
  timeline?: { events: { day: string }[]; deadlines: { day: string; ruleId: string }[] };
}

function report(args: string[], cwd = ROOT): { html: string; status: number | null; stderr: string; out: string } {
  const out = join(tempDir(), 'report.html');
  const r = zwpack(['report', ...args, '--as-of', AS_OF, '--out', out], cwd);
  return { html: existsSync(out) ? readFileSync(out, 'utf8') : '', status: r.status, stderr: r.stderr, out };
}

const all = (html: string, re: RegExp): string[] => [...html.matchAll(re)].map((m) => m[1]!);

describe('zwpack report', () => {
  it.each(Object.keys(EXAMPLES) as (keyof typeof EXAMPLES)[])('%s: a self-contained page whose timeline has every dated event and deadline of validate\'s JSON', (p) => {
    const r = report([EXAMPLES[p]]);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('已生成报告');
    const json = (JSON.parse(zwpack(['validate', EXAMPLES[p], '--format', 'json', '--as-of', AS_OF]).stdout) as { packages: JsonPackage[] }).packages[0]!;
    const t = json.timeline!;
    expect(all(r.html, /<g class="ev" data-day="([^"]+)"/g)).toEqual(t.events.map((e) => e.day));
    expect(all(r.html, /<g class="dl st-[a-z]+" data-day="([^"]+)"/g)).toEqual(t.deadlines.map((d) => d.day));
    expect(r.html).toContain(`<g class="today" data-day="${AS_OF}">`);
    // Nothing outside the file: no address with a scheme or a network path, a policy that allows none.
    expect(r.html).not.toMatch(/(src|href)="(https?:|\/\/)/);
    expect(r.html).not.toMatch(/url\((?!#)/);
    expect(r.html).toContain(`content="default-src 'none';`);
    // Every link on the page lands on the page.
    const ids = new Set(all(r.html, / id="([^"]+)"/g));
    for (const target of all(r.html, /href="#([^"]+)"/g)) expect(ids, target).toContain(target);
  });

  it('shows the facts, the money steps with the 10% limit, the materials as checklist counts them, and the route', () => {
    const r = report([EXAMPLES.jilin]);
    expect(r.html).toContain('<dt>投资项目代码<dd>2024-220000-65-01-900412</div>');
    expect(all(r.html, /<g(?: class="over")? data-amount="([^"]+)"/g)).toEqual(['842.6', '818.3', '818.3', '796.5']);
    expect(r.html).toContain('818.30 万元  -2.9%（上限 10%，NAT-ESTIMATE-10）');
    const checklist = JSON.parse(zwpack(['checklist', EXAMPLES.jilin, '--format', 'json', '--as-of', AS_OF]).stdout) as { ready: number; applicable: number };
    expect(r.html).toContain(`材料就绪 ${checklist.ready}/${checklist.applicable}`);
    expect(r.html).toContain('<h3>审批路径和所需文档</h3>');
    expect(r.html).toMatch(/<div id="rule-JL-ACCEPT-6M" class="rule"><dt><code>JL-ACCEPT-6M<\/code>/);
  });

  it('findings by file, each with the lines around it: YAML lines, a Word heading path, a workbook row', () => {
    const dir = copyExample('jilin');
    edit(join(dir, 'project.yaml'), 'estimate: 842.6', 'estimate: 742.6');
    // A chapter renamed in the Word file: the finding stands at a paragraph under 第四章.
    const docx = join(dir, 'docs', '可行性研究报告.docx');
    const z = unzipSync(readFileSync(docx));
    z['word/document.xml'] = strToU8(strFromU8(z['word/document.xml']!).split('二、标准规范建设内容').join('二、天气预报'));
    writeFileSync(docx, zipSync(z));
    rmSync(join(dir, 'tables', '软硬件配置清单.yaml'));
    copyFileSync(join(ROOT, 'test', 'fixtures', 'xlsx', 'lo-hardware-bad-sum.xlsx'), join(dir, 'tables', '软硬件配置清单.xlsx'));
    const r = report([dir]);
    expect(r.status).toBe(1);
    expect(all(r.html, /<div class="file"><h4>([^ <]+)/g)).toEqual(expect.arrayContaining(['project.yaml', 'docs/可行性研究报告.docx', 'tables/软硬件配置清单.xlsx']));
    // YAML: the line itself, highlighted, between its neighbours.
    expect(r.html).toMatch(/<span><b>65<\/b>  estimate: 742.6<\/span><span><b>66<\/b>[^<]*<\/span><span class="hit"><b>67<\/b>  budgetEstimate: 818.3<\/span>/);
    // Word: where in the outline, and the paragraphs around it.
    expect(r.html).toContain('<div class="crumbs">第四章 项目建设方案</div>');
    expect(r.html).toContain('<span class="hit"><b>42</b>第四章 项目建设方案</span>');
    // A workbook: the finding's cell and the cells of its row.
    expect(r.html).toContain('<span class="hit"><b>7</b>G2  amount = 53</span>');
    expect(r.html).toContain('<span><b>6</b>F2  unitPrice = 26</span>');
  });

  it('the same mistake in 120 rows: 50 listed, the other 70 counted with the rule; the counts stay whole', () => {
    const dir = copyExample('jinhu');
    const file = join(dir, 'tables', '信息资源目录.yaml');
    const head = readFileSync(file, 'utf8').split('rows:')[0]!;
    const rows = Array.from({ length: 120 }, (_, i) => `  - name: 资源${i}\n    provider: 金湖县城市管理局\n    source: 普查采集\n    format: 数据库\n    updateCycle: 每月\n    shareType: 随便共享\n    openType: 不予开放\n`);
    writeFileSync(file, `${head}rows:\n${rows.join('')}`);
    const json = (JSON.parse(zwpack(['validate', dir, '--format', 'json', '--as-of', AS_OF]).stdout) as { packages: (JsonPackage & { findings: { file: string; ruleId: string }[] })[] }).packages[0]!;
    const inTable = json.findings.filter((f) => f.file === 'tables/信息资源目录.yaml') as { file: string; ruleId: string; omitted?: number }[];
    // validate lists 100 of one rule in one file and counts the rest in one more line.
    expect(inTable).toHaveLength(101);
    expect(inTable.at(-1)!.omitted).toBe(20);
    expect(new Set(inTable.map((f) => f.ruleId))).toEqual(new Set(['schema']));
    const r = report([dir]);
    expect(r.status).toBe(1);
    const section = r.html.slice(r.html.indexOf('<h4>tables/信息资源目录.yaml'));
    const list = section.slice(0, section.indexOf('</ul>'));
    expect(list).toContain('<h4>tables/信息资源目录.yaml <small>120</small></h4>');
    expect(list.match(/<li class="sev-error"/g)).toHaveLength(50);
    expect(list).toContain('<li class="omitted">另有 70 条 <a href="#rule-schema">schema</a> 问题未逐条列出（zwpack validate 列出全部）</li>');
    expect(r.html).toContain(`<span class="badge bad">错误 ${json.summary.error}</span>`);
    // The first 50 in file order: rows 1 to 50.
    expect(list).toContain('表格行 第50项');
    expect(list).not.toContain('表格行 第51项');
  });

  it('validate --format html writes the same page', () => {
    const r = report([EXAMPLES.gulou]);
    const v = zwpack(['validate', EXAMPLES.gulou, '--format', 'html', '--as-of', AS_OF]);
    expect(v.status).toBe(0);
    expect(v.stdout).toBe(r.html);
  });

  it('several packages: a dashboard row each, sections opened from it, a folder that cannot be read named (exit 2)', () => {
    const root = tempDir();
    const dirs = (['jinhu', 'xiangfen', 'national'] as const).map((p) => {
      cpSync(join(ROOT, EXAMPLES[p]), join(root, p), { recursive: true });
      return join(root, p);
    });
    mkdirSync(join(root, 'empty'));
    const r = report([...dirs, join(root, 'empty')]);
    expect(r.status).toBe(2);
    expect(all(r.html, /<a href="#(pkg-\d+)">/g)).toEqual(['pkg-0', 'pkg-1', 'pkg-2']);
    expect(all(r.html, /<section class="pkg" id="([^"]+)"/g)).toEqual(['pkg-0', 'pkg-1', 'pkg-2']);
    expect(r.html).toContain('<div class="unreadable">');
    expect(r.html).toMatch(/empty 不是 zwpack 软件包/);
    expect(r.html).toContain('<body class="many">');
    // The next deadline of each package, overdue first, else the nearest.
    expect(r.html).toContain('<span class="st-coming">不早于 2028-01-01（398 天后） 自评价（预算年度结束后）</span>');
  });

  it('--lang en writes the page in English', () => {
    const out = join(tempDir(), 'en.html');
    const r = zwpack(['--lang', 'en', 'report', EXAMPLES.jinhu, '--as-of', AS_OF, '--out', out]);
    expect(r.status).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<h3>Timeline</h3>');
    expect(html).toContain('acceptance request (within 6 months of the stable trial run)');
    // English punctuation around the figures, not the Chinese page's.
    expect(html).toContain('Changes recorded 0.00 10k yuan, 0% (limit 10%, <a href="#rule-JH-CHANGE-10">JH-CHANGE-10</a>)');
    expect(html).toContain('>县级财政预算 (县级财政投资) 306.50, 79.3%<');
  });

  it('the default file is out/report.html in the package; a file that is not a zwpack report is kept unless --force', () => {
    const dir = copyExample('xiangfen');
    expect(zwpack(['report', dir, '--as-of', AS_OF]).status).toBe(0);
    expect(readFileSync(join(dir, 'out', 'report.html'), 'utf8')).toContain('<meta name="generator" content="zwpack">');
    // Its own report is written again without asking.
    expect(zwpack(['report', dir, '--as-of', AS_OF]).status).toBe(0);
    const mine = join(tempDir(), 'notes.html');
    writeFileSync(mine, '<p>my notes</p>');
    const refused = zwpack(['report', dir, '--as-of', AS_OF, '--out', mine]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('不是 zwpack 的报告');
    expect(readFileSync(mine, 'utf8')).toBe('<p>my notes</p>');
    expect(zwpack(['report', dir, '--as-of', AS_OF, '--out', mine, '--force']).status).toBe(0);
    expect(readFileSync(mine, 'utf8')).toContain('<!DOCTYPE html>');
    // A file of the package itself is never replaced, --force or not.
    const facts = readFileSync(join(dir, 'project.yaml'), 'utf8');
    const own = zwpack(['report', dir, '--as-of', AS_OF, '--out', join(dir, 'project.yaml'), '--force']);
    expect(own.status).toBe(2);
    expect(readFileSync(join(dir, 'project.yaml'), 'utf8')).toBe(facts);
  });

  it('text from the package is escaped; a long name and odd amounts are shown as they are', () => {
    const dir = copyExample('jinhu');
    const name = '<script>alert(1)</script>金湖县“一网统管”城市运行管理平台暨数据共享交换与可视化决策支持系统二期扩容建设项目';
    edit(join(dir, 'project.yaml'), 'name: 金湖县“一网统管”城市运行管理平台建设项目', `name: "${name}"`);
    edit(join(dir, 'project.yaml'), 'estimate: 398.6', 'estimate: 12345.67');
    edit(join(dir, 'project.yaml'), 'budgetEstimate: 386.5', 'budgetEstimate: 818.3456');
    const r = report([dir]);
    // Amounts as the facts have them, to the 分 (six decimals of 万元), and the step between them.
    expect(r.html).toContain('>12345.67 万元  +2839.4%<');
    expect(r.html).toContain('>818.3456 万元  -93.4%（上限 10%，NAT-ESTIMATE-10）<');
    expect(r.html).not.toContain('<script>alert(1)');
    expect(r.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;金湖县');
    expect(r.html.match(/<script>/g)).toHaveLength(1); // the page's own
  });

  it('bad arguments are one line, exit 2, nothing written', () => {
    const dir = copyExample('jinhu');
    const r = zwpack(['report', dir, '--as-of', '2026-13-45']);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(join(dir, 'out', 'report.html'))).toBe(false);
    const empty = join(tempDir(), 'empty');
    mkdirSync(empty);
    const missing = zwpack(['report', empty]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/^zwpack: .*empty 不是 zwpack 软件包：缺少 project.yaml/);
    expect(missing.stderr).not.toContain('已生成报告');
    expect(existsSync(join(empty, 'out'))).toBe(false);
  });
});
