import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadPackage } from '../src/package/load.js';
import type { ProfileId } from '../src/profiles/profile.js';
import { loadProfile } from '../src/profiles/profile.js';
import { pdfFonts } from '../src/render/fonts.js';
import { bindPackageForm, profileForms } from '../src/render/forms.js';
import { daxieWan } from '../src/render/format.js';
import { frameOf } from '../src/render/layout.js';
import { pdfLayout } from '../src/render/paint-pdf.js';
import { AS_OF, copyExample, EXAMPLES, tempDir, zwpack } from './helpers.js';
import { readPdf } from './pdf.js';
import type { PdfRun } from './pdf.js';

/** Real data: a 60-character name, amounts of 12345678.90 and 818.3456 万元, a 1,500-character field, a 40-row table. */
const NAME = '吉林省不动产登记信息共享服务平台暨全省自然资源和不动产统一登记与数据治理能力提升工程建设项目（一期）';
const LONG = '建设县级城市运行管理平台，汇聚城管、应急、交通、环保等12个部门的视频和物联感知数据2.6万路，建设事件发现、派单、处置、考核闭环系统和领导驾驶舱，部署国密SM2/SM3/SM4密码服务和安全防护设施。'.repeat(20).slice(0, 1500);
const HARDWARE_ROWS = 40;

function stressed(profile: keyof typeof EXAMPLES): string {
  const dir = copyExample(profile);
  const file = join(dir, 'project.yaml');
  const doc = parseDocument(readFileSync(file, 'utf8'));
  doc.set('name', NAME);
  doc.setIn(['money', 'roughEstimate'], 818.3456);
  doc.setIn(['money', 'contractAmount'], 12345678.9);
  if (doc.hasIn(['summary', 'content'])) doc.setIn(['summary', 'content'], LONG);
  writeFileSync(file, doc.toString({ lineWidth: 0 }));
  const tables = join(dir, 'tables');
  const hw = join(tables, '软硬件配置清单.yaml');
  const rows = Array.from({ length: HARDWARE_ROWS }, (_, i) => `  - {category: 硬件, name: 国产化应用服务器${i + 1}, spec: 2路64核/512GB/2×960GB SSD, unit: 台, quantity: 20, unitPrice: 1234.56, amount: 24691.34, secureReliable: true}`).join('\n');
  writeFileSync(hw, readFileSync(hw, 'utf8').replace(/rows:\n[\s\S]*?\ntotal: [\d.]+/, `rows:\n${rows}\ntotal: ${(24691.34 * HARDWARE_ROWS).toFixed(2)}`));
  const est = join(tables, '项目总投资估算表.yaml');
  writeFileSync(est, readFileSync(est, 'utf8').replace(/total: [\d.]+/, 'total: 818.3456'));
  return dir;
}

const overlap = (a: PdfRun, b: PdfRun): boolean => a.x < b.x + b.w - 0.5 && b.x < a.x + a.w - 0.5 && a.y < b.y + b.h - 0.5 && b.y < a.y + a.h - 0.5;
const PAGE_NO = /^— (\d+) —$/;

describe('forms under real data', () => {
  for (const profile of Object.keys(EXAMPLES) as (keyof typeof EXAMPLES)[]) {
    it(`every ${profile} form: nothing outside the 版心, no overprint, amounts whole, 大写 = 小写, page numbers, seal blocks never alone`, async () => {
      const dir = stressed(profile);
      const out = join(tempDir(), 'out');
      const r = zwpack(['render', dir, '--all', '--out', out, '--as-of', AS_OF]);
      // The stressed amounts no longer add up: drafts, exit 1; the layout is what is tested here.
      expect([0, 1], r.stderr).toContain(r.status);
      const pdfs = readdirSync(out).filter((f) => f.endsWith('.pdf'));
      expect(pdfs.length).toBe(loadProfile(profile as ProfileId).forms.length);
      for (const f of pdfs) {
        const pdf = await readPdf(join(out, f));
        const runs = pdf.runs.filter((x) => x.str !== '草稿');
        for (const [i, page] of pdf.pages.entries()) {
          const frame = frameOf(page.width > page.height);
          const mine = runs.filter((x) => x.page === i + 1);
          for (const run of mine) {
            const n = PAGE_NO.exec(run.str.trim());
            if (n) {
              // Below the 版心, on the page.
              expect([f, Number(n[1])]).toEqual([f, i + 1]);
              expect(run.y, f).toBeGreaterThan(frame.top + frame.bodyHeight);
              expect(run.y + run.h, f).toBeLessThan(page.height);
              continue;
            }
            const inside = run.x >= frame.left - 0.5 && run.x + run.w <= frame.left + frame.bodyWidth + 0.5 && run.y >= frame.top - 2 && run.y + run.h <= frame.top + frame.bodyHeight + 0.5;
            expect(inside, `${f} p${i + 1} 「${run.str}」 at ${run.x.toFixed(1)},${run.y.toFixed(1)} ${run.w.toFixed(1)}×${run.h.toFixed(1)}`).toBe(true);
          }
          for (let a = 0; a < mine.length; a++) {
            for (let b = a + 1; b < mine.length; b++) expect(overlap(mine[a]!, mine[b]!), `${f} p${i + 1} 「${mine[a]!.str}」 over 「${mine[b]!.str}」`).toBe(false);
          }
          if (pdf.pages.length > 1) expect(mine.some((x) => PAGE_NO.test(x.str.trim())), `${f} p${i + 1} has its number`).toBe(true);
        }
        const strs = runs.map((x) => x.str);
        const text = strs.join('');
        // The 60-character name is all there (it may wrap, but each piece is whole text).
        expect(text.replace(/\s/g, ''), f).toContain(NAME);
        if (f.includes('软硬件配置清单')) {
          for (const amount of ['1234.56', '24691.34', (24691.34 * HARDWARE_ROWS).toFixed(2)]) expect(strs.some((s) => s.includes(amount)), `${f}: ${amount} whole`).toBe(true);
          expect(strs.filter((s) => s.includes('国产化应用服务器')).length).toBe(HARDWARE_ROWS);
        }
        if (f.includes('项目总投资估算表')) {
          expect(strs.some((s) => s.includes('818.3456')), `${f}: 818.3456 whole`).toBe(true);
          expect(text).toContain(`合计（大写）${daxieWan(818.3456)}`);
        }
        if (f.includes('附件4-竣工验收申请表')) expect(strs.some((s) => s.includes('12345678.90')), `${f}: 12345678.90 whole`).toBe(true);
        if (f.includes('附件1-计划申报表')) expect(strs.some((s) => s.includes('818.3456')), `${f}: 818.3456 whole`).toBe(true);
      }
      // A seal block is never alone on a page: the row before it is on its page too.
      const pkg = loadPackage(dir, 'zh');
      for (const t of profileForms(pkg)) {
        const lay = pdfLayout(bindPackageForm(pkg, t, { lang: 'zh', asOf: AS_OF }).form, pdfFonts());
        expect(lay.pages.length, t.id).toBeGreaterThan(0);
        for (const [i, page] of lay.pages.entries()) {
          if (i === 0) continue;
          const seal = page.items.find((x) => x.kind === 'text' && x.lines.includes('（盖章）'));
          if (!seal || seal.kind !== 'text') continue;
          const boxes = page.items.flatMap((x) => (x.kind === 'box' ? [x] : []));
          // The row the first seal block is in, and the rows above it on this page.
          const own = boxes.find((b) => b.x <= seal.x && seal.x < b.x + b.w && b.y <= seal.y && seal.y < b.y + b.h)!;
          const rowsAbove = new Set(boxes.filter((b) => b.y + b.h <= own.y + 0.5).map((b) => b.y));
          expect(rowsAbove.size, `${t.id} page ${i + 1}: a row above the seal block`).toBeGreaterThan(0);
        }
      }
      // The DOCX: the same long name, the amounts whole in one run, page numbers when the PDF has pages.
      for (const f of readdirSync(out).filter((n) => n.endsWith('.docx'))) {
        const parts = unzipSync(readFileSync(join(out, f)));
        const xml = strFromU8(parts['word/document.xml']!);
        const runs = [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]!);
        expect(runs.join(''), f).toContain(NAME);
        if (f.includes('软硬件配置清单')) expect(runs).toContain('24691.34');
        // The long 项目名称 takes its own paragraph; 单位：万元 follows at the right, never pushed into a wrap.
        const unit = xml.match(/<w:p>(?:(?!<\/w:p>).)*<w:t(?: [^>]*)?>单位：(?:(?!<\/w:p>).)*<\/w:p>/)?.[0];
        if (unit) {
          expect(unit, f).not.toContain('项目名称');
          expect(unit, f).toContain('<w:jc w:val="right"/>');
        }
        const pages = (await readPdf(join(out, f.replace(/\.docx$/, '.pdf')))).pages.length;
        const footers = Object.keys(parts).filter((p) => /^word\/footer\d+\.xml$/.test(p));
        if (pages > 1) expect(footers.map((p) => strFromU8(parts[p]!)).join(''), f).toContain('PAGE');
      }
    });
  }
});

describe('the layout looked at in the DOCX', () => {
  it('columns fill the 版心 and an amount column is wide enough for its longest figure', () => {
    const dir = stressed('jilin');
    const out = join(tempDir(), 'out');
    zwpack(['render', dir, '--form', 'JL-ANNEX-1', '--to', 'docx', '--out', out, '--as-of', AS_OF]);
    const xml = strFromU8(unzipSync(readFileSync(join(out, '可研附件1-项目软硬件配置清单.docx')))['word/document.xml']!);
    const cols = [...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    // Landscape 版心: 225 mm = 12756 twips, within rounding.
    expect(Math.abs(cols.reduce((a, b) => a + b, 0) - 12756)).toBeLessThanOrEqual(cols.length);
    // 金额 (the 8th column) holds 987654.40 at the body size or a step or two below: at least 9 half-em digits of 9 pt.
    expect(cols[7]!).toBeGreaterThanOrEqual(Math.round(9 * 0.55 * 9 * 20));
  });
});
