import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { formTemplates } from '../src/forms/template.js';
import type { FormTemplate } from '../src/forms/template.js';
import { loadProfile } from '../src/profiles/profile.js';
import type { ProfileId } from '../src/profiles/profile.js';
import { AS_OF, copyExample, EXAMPLES, ROOT, tempDir, zwpack } from './helpers.js';
import { pdfTextOf, readPdf } from './pdf.js';

const squash = (s: string): string => s.replace(/\s+/g, '');

/** Every printed word of a form's original: title lines, labels, static text, sign lines, notes, column titles. */
function printedWords(t: FormTemplate): string[] {
  const words = [...t.notes];
  for (const line of t.title) if (!line.includes('{')) words.push(line);
  if (t.kind === 'grid') {
    for (const row of t.rows) {
      for (const c of row) {
        words.push(...(c.label ?? '').split('\n'), ...(c.text ?? '').split('\n'), ...(c.sign?.lines ?? []));
        if (c.sign?.seal) words.push('（盖章）');
        if (c.sign?.date) words.push('年　　月　　日');
      }
    }
  } else {
    words.push(...t.columns.map((c) => c.title));
    if (t.kind === 'table' && t.total) words.push(t.total.label);
  }
  return words.map(squash).filter(Boolean);
}

const docxText = (file: string): string => {
  const xml = strFromU8(unzipSync(readFileSync(file))['word/document.xml']!);
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
};
// PDFs are read back with pdfjs: no system program is needed.
const pdfText = async (file: string, page?: number): Promise<string> => pdfTextOf(await readPdf(file), page);
const pdfPages = async (file: string): Promise<number> => (await readPdf(file)).pages.length;

function render(dir: string, args: string[] = [], env: Record<string, string> = {}) {
  const out = join(tempDir(), 'out');
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'zwpack.js'), 'render', dir, '--out', out, '--as-of', AS_OF, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
  return { ...r, out };
}

describe('zwpack render', () => {
  for (const [profile, dir] of Object.entries(EXAMPLES)) {
    it(`every form of the ${profile} example, in DOCX and PDF, holds the original's words and the facts`, async () => {
      const r = render(join(ROOT, dir), ['--all']);
      expect(r.status, r.stderr).toBe(0);
      const facts = parse(readFileSync(join(ROOT, dir, 'project.yaml'), 'utf8')) as { name: string; owner: { name: string } };
      // The 吉林 annex tables go with the first document of the route: every example is in its plan, so the 可研.
      const templates = loadProfile(profile as ProfileId).forms.map((id) => formTemplates().get(id)!).map((t) => ({ ...t, file: t.file.replace('{annexOf}', '可研') }));
      expect(readdirSync(r.out).sort()).toEqual(templates.flatMap((t) => [`${t.file}.docx`, `${t.file}.pdf`]).sort());
      for (const t of templates) {
        const docx = squash(docxText(join(r.out, `${t.file}.docx`)));
        const pdf = squash(await pdfText(join(r.out, `${t.file}.pdf`)));
        for (const word of [...printedWords(t), squash(facts.name)]) {
          expect(docx, `${t.id} DOCX: ${word}`).toContain(word);
          expect(pdf, `${t.id} PDF: ${word}`).toContain(word);
        }
        if (t.kind === 'grid') {
          expect(docx).toContain(squash(facts.owner.name));
          expect(pdf).toContain(squash(facts.owner.name));
        }
        const { fonts } = await readPdf(join(r.out, `${t.file}.pdf`));
        expect(fonts.length).toBeGreaterThan(0);
        // Every face embedded and subset (a six-letter tag before its name).
        for (const f of fonts) expect([f.embedded, /^[A-Z]{6}\+/.test(f.name)], f.name).toEqual([true, true]);
      }
    });
  }

  it('the Jinhu forms carry the facts in their cells: amounts with two decimals, dates, the computed plan year', async () => {
    const r = render(join(ROOT, EXAMPLES.jinhu), ['--all', '--to', 'pdf']);
    expect(r.status).toBe(0);
    const f1 = squash(await pdfText(join(r.out, '附件1-计划申报表.pdf')));
    expect(f1).toContain('计划申报表（2025年度）');
    expect(f1).toContain('420.00');
    expect(f1).toContain('县级财政投资、向上争取资金');
    const f2 = squash(await pdfText(join(r.out, '附件2-存量政务信息化项目备案表.pdf')));
    expect(f2).toContain('2025年支付223.68万元；2026年支付111.84万元');
    expect(f2).toContain('37.28');
    const f4 = squash(await pdfText(join(r.out, '附件4-竣工验收申请表.pdf')));
    expect(f4).toContain('JHCG2025-0186');
    expect(f4).toContain('372.80');
    expect(f4).toMatch(/\d{4}年\d{1,2}月\d{1,2}日至\d{4}年\d{1,2}月\d{1,2}日/);
  });

  it('a DOCX has an A4 GB/T 9704 page in exact twips, East Asian fonts and a fixed-width table', () => {
    const r = render(join(ROOT, EXAMPLES.jinhu), ['--form', 'JH-FORM-4', '--to', 'docx']);
    expect(r.status).toBe(0);
    const xml = strFromU8(unzipSync(readFileSync(join(r.out, '附件4-竣工验收申请表.docx')))['word/document.xml']!);
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    expect(xml).toContain('w:eastAsia="仿宋_GB2312"');
    expect(xml).toContain('w:eastAsia="宋体"');
    expect(xml).toContain('<w:tblLayout w:type="fixed"/>');
    // Columns of 30, 44, 34 and 48 mm add up to the 156 mm 版心.
    expect([...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]))).toEqual([1701, 2494, 1928, 2721]);
  });

  it('each Jinhu form fits one A4 page as its original does, with room for a 42 mm seal in every seal block', async () => {
    const r = render(join(ROOT, EXAMPLES.jinhu), ['--all']);
    expect(r.status, r.stderr).toBe(0);
    for (const f of readdirSync(r.out).filter((n) => n.endsWith('.pdf'))) expect([f, await pdfPages(join(r.out, f))]).toEqual([f, 1]);
    const xml = strFromU8(unzipSync(readFileSync(join(r.out, '附件4-竣工验收申请表.docx')))['word/document.xml']!);
    // 42 mm is 2381 twips: each of the three seal rows is at least that high.
    const sealRows = [...xml.matchAll(/<w:trHeight w:val="(\d+)" w:hRule="atLeast"\/>/g)].map((m) => Number(m[1])).filter((h) => h >= 2381);
    expect(sealRows).toHaveLength(3);
  });

  it('a long annex table runs across pages with its header row repeated', async () => {
    const dir = copyExample('jilin');
    const file = join(dir, 'tables', '软硬件配置清单.yaml');
    // Cloud resources: no line of the 估算表 must equal their sum (CONFIG-ESTIMATE checks 硬件 and 软件).
    const rows = Array.from({ length: 90 }, (_, i) => `  - {category: 云资源, name: 云服务器${i + 1}, spec: 2路CPU/256GB, unit: 台, quantity: 1, unitPrice: 1, amount: 1}`).join('\n');
    const text = readFileSync(file, 'utf8').replace(/rows:\n[\s\S]*?\ntotal: [\d.]+/, `rows:\n${rows}\ntotal: 90`);
    writeFileSync(file, text);
    const r = render(dir, ['--form', 'JL-ANNEX-1']);
    expect(r.status, r.stderr).toBe(0);
    const pdf = join(r.out, '可研附件1-项目软硬件配置清单.pdf');
    expect(await pdfPages(pdf)).toBeGreaterThanOrEqual(3);
    for (const page of [2, 3]) expect(squash(await pdfText(pdf, page))).toContain('序号类别名称主要技术参数');
    expect(squash(await pdfText(pdf))).toContain('服务器90');
    const xml = strFromU8(unzipSync(readFileSync(join(r.out, '可研附件1-项目软硬件配置清单.docx')))['word/document.xml']!);
    expect(xml).toContain('<w:tblHeader/>');
    // The nine columns are set on a landscape page (225 mm wide). 项目名称 and 单位：万元 share one line,
    // the unit at a right tab stop on the body's edge (12756 twips).
    expect(xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    const line = xml.match(/<w:p>(?:(?!<\/w:p>).)*项目名称：(?:(?!<\/w:p>).)*<\/w:p>/)![0];
    expect(line).toMatch(/<w:tab w:val="right" w:pos="12756"\/>/);
    expect(line).toMatch(/<w:tab\/>(?:<[^>]+>)*单位：万元/);
  });

  it('the investment estimate is grouped with subtotals and shares, and states its total in Chinese capitals', async () => {
    const r = render(join(ROOT, EXAMPLES.jilin), ['--form', 'JL-ANNEX-3', '--to', 'pdf']);
    expect(r.status).toBe(0);
    const text = squash(await pdfText(join(r.out, '可研附件3-项目总投资估算表.pdf')));
    expect(text).toContain('合计（大写）捌佰壹拾捌万叁仟元整');
    // Grouped as estimates are set out: each group with its subtotal and share, items numbered inside it, 100% in the total.
    expect(text).toContain('一、工程费用685.2083.73');
    expect(text).toContain('二、工程建设其他费用83.9010.25');
    expect(text).toContain('三、预备费49.206.01');
    expect(text).toContain('3应用系统开发费396.0048.39按附件2工作量核算表：180人月×2.20万元/人月');
    expect(text).toContain('合计818.30100.00');
  });

  it('the workload table totals its 人月 and the funding table its 100%', async () => {
    const r = render(join(ROOT, EXAMPLES.jilin), ['--form', 'JL-ANNEX-2', '--form', 'JL-ANNEX-4', '--to', 'pdf']);
    expect(r.status, r.stderr).toBe(0);
    expect(squash(await pdfText(join(r.out, '可研附件2-应用系统定制开发工作量初步核算表.pdf')))).toContain('合计180396.00');
    expect(squash(await pdfText(join(r.out, '可研附件4-项目资金来源表.pdf')))).toContain('合计818.30100.00');
  });

  it('the materials list keeps the official items: 吉林 附件4 without the 档案验收 readiness item, 金湖 without the 数据局\'s own 验收意见, 巴中 and the national list with their brackets', async () => {
    const list = async (profile: keyof typeof EXAMPLES): Promise<string> => {
      const r = render(join(ROOT, EXAMPLES[profile]), ['--form', 'ACCEPT-LIST', '--to', 'pdf']);
      return squash(await pdfText(join(r.out, '竣工验收材料清单.pdf')));
    };
    const jilin = await list('jilin');
    expect(jilin).toContain('15其他专项验收材料');
    expect(jilin).not.toContain('档案验收意见');
    expect(await list('jinhu')).not.toMatch(/(?<!预)验收意见/);
    const bazhong = await list('bazhong');
    expect(bazhong).toContain('第三方测评报告（包括功能和性能测评报告）');
    expect(bazhong).toContain('安全风险评估报告（包括非涉密信息系统网络安全等级保护测评报告、数据安全风险评估报告等）');
    expect(await list('national')).toContain('安全风险评估报告（包括涉密信息系统安全保密测评报告或者非涉密信息系统网络安全等级保护测评报告等）');
    // The readiness item stays in the checklist.
    expect(zwpack(['checklist', join(ROOT, EXAMPLES.jilin), '--as-of', AS_OF]).stdout).toContain('档案验收意见');
  });

  it('a package with errors renders as a 草稿 (watermark, header), says why and exits 1; --final renders nothing', async () => {
    const dir = copyExample('jinhu');
    const file = join(dir, 'project.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('  contractAmount: 372.8', '  contractAmount: 9372.8'));
    const r = render(dir, ['--form', 'JH-FORM-4']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('软件包有 1 个错误，表单每页带“草稿”水印');
    expect(r.stderr).toContain('合同金额 9372.80 万元超过批复总投资 386.50 万元  AMOUNT-CONSISTENT');
    const pdf = await readPdf(join(r.out, '附件4-竣工验收申请表.pdf'));
    expect(pdf.runs.filter((x) => x.str === '草稿').map((x) => x.page)).toEqual(pdf.pages.map((_, i) => i + 1));
    const parts = unzipSync(readFileSync(join(r.out, '附件4-竣工验收申请表.docx')));
    expect(Object.keys(parts).filter((p) => /^word\/header\d+\.xml$/.test(p)).map((p) => strFromU8(parts[p]!)).join('')).toContain('草稿');
    const final = render(dir, ['--form', 'JH-FORM-4', '--final']);
    expect(final.status).toBe(1);
    expect(final.stderr).toContain('--final 不生成表单');
    expect(existsSync(final.out)).toBe(false);
    // A clean package: no mark at all.
    const clean = render(join(ROOT, EXAMPLES.jinhu), ['--form', 'JH-FORM-4']);
    expect(clean.status).toBe(0);
    expect((await readPdf(join(clean.out, '附件4-竣工验收申请表.pdf'))).runs.some((x) => x.str === '草稿')).toBe(false);
  });

  it('rendering twice gives byte-identical files; SOURCE_DATE_EPOCH sets the document date', async () => {
    const a = render(join(ROOT, EXAMPLES.jinhu), ['--all']);
    const b = render(join(ROOT, EXAMPLES.jinhu), ['--all']);
    for (const f of readdirSync(a.out)) expect(readFileSync(join(b.out, f)).equals(readFileSync(join(a.out, f))), f).toBe(true);
    const c = render(join(ROOT, EXAMPLES.jinhu), ['--form', 'JH-FORM-4'], { SOURCE_DATE_EPOCH: '1767225600' });
    const { info } = await readPdf(join(c.out, '附件4-竣工验收申请表.pdf'));
    expect(info.CreationDate).toBe('D:20260101000000Z');
    const core = strFromU8(unzipSync(readFileSync(join(c.out, '附件4-竣工验收申请表.docx')))['docProps/core.xml']!);
    expect(core).toContain('2026-01-01T00:00:00Z');
  });

  it('by default draws the forms of the project\'s stage', () => {
    const r = render(join(ROOT, EXAMPLES.jinhu));
    expect(r.status).toBe(0);
    // The Jinhu example is at 竣工验收: the acceptance application and the materials list.
    expect(readdirSync(r.out).filter((f) => f.endsWith('.pdf')).sort()).toEqual(['竣工验收材料清单.pdf', '附件4-竣工验收申请表.pdf']);
  });

  it('a form whose facts are incomplete renders with blanks and a warning naming them', () => {
    const dir = copyExample('jinhu');
    const file = join(dir, 'project.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/procurementNo: .*\n/, ''));
    const r = render(dir, ['--form', 'JH-FORM-4']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('警告：JH-FORM-4 缺少 采购编号（procurementNo），已留空待手工填写');
    expect(existsSync(join(r.out, '附件4-竣工验收申请表.pdf'))).toBe(true);
  });

  it('materials that do not apply are marked with the reason, or left out with --omit-na', async () => {
    const marked = render(join(ROOT, EXAMPLES.jilin), ['--form', 'ACCEPT-LIST', '--to', 'pdf']);
    const text = squash(await pdfText(join(marked.out, '竣工验收材料清单.pdf')));
    expect(text).toContain('涉密信息系统分级保护测评意见');
    expect(text).toContain('不适用：仅当「是否涉密」为“是”时需要');
    expect(text).toContain('13含有软件开发的项目还需提供以下资料：（1）软件需求规格说明书');
    expect(text).toContain('2项目审批材料（项目批复文件、可行性研究报告、初步设计等）');
    const omitted = render(join(ROOT, EXAMPLES.jilin), ['--form', 'ACCEPT-LIST', '--to', 'pdf', '--omit-na']);
    expect(squash(await pdfText(join(omitted.out, '竣工验收材料清单.pdf')))).not.toContain('涉密信息系统分级保护测评意见');
  });

  describe('bad arguments and places: exit 2 and one line', () => {
    const cases: [string, string[]][] = [
      ['an unknown format', ['--to', 'xls']],
      ['an unknown form', ['--form', 'JH-FORM-9']],
      ['a font file that does not exist', ['--font', '/nonexistent/仿宋.ttf']],
    ];
    for (const [what, args] of cases) {
      it(what, () => {
        const r = zwpack(['render', join(ROOT, EXAMPLES.jinhu), '--out', join(tempDir(), 'o'), ...args]);
        expect(r.status).toBe(2);
        expect(r.stderr.trim().split('\n')).toHaveLength(1);
      });
    }
    it('an output folder that cannot be written', () => {
      if (process.getuid?.() === 0) {
        // root writes anywhere: use a path under a regular file instead.
        const r = zwpack(['render', join(ROOT, EXAMPLES.jinhu), '--out', join(ROOT, 'package.json', 'out')]);
        expect(r.status).toBe(2);
        expect(r.stderr.trim().split('\n')).toHaveLength(1);
        return;
      }
      const ro = tempDir();
      chmodSync(ro, 0o500);
      const r = zwpack(['render', join(ROOT, EXAMPLES.jinhu), '--out', join(ro, 'out')]);
      expect(r.status).toBe(2);
      rmSync(ro, { recursive: true, force: true });
    });
  });
});
