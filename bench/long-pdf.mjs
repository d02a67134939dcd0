// Writes a text PDF of `pages` A4 pages for the PDF reading benchmarks: a bookmark per chapter and
// section (as LibreOffice and Word export them), 16 lines of Chinese body text a page, amounts among them.
import { createWriteStream } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';

const require = createRequire(import.meta.url);
const FONT = join(require.resolve('@expo-google-fonts/noto-serif-sc/package.json'), '..', '400Regular', 'NotoSerifSC_400Regular.ttf');
const LINE = '本项目依托全省统一的政务云平台和数据共享交换平台建设，按照集约共享、安全可靠的原则统筹推进。';
const MONEY = '本章投资1,234.56万元，资金来源为省级财政资金1,034.56万元、中央预算内投资200.00万元。';

export function longPdf(path, { pages = 300, pagesPerChapter = 10 } = {}) {
  return new Promise((done, fail) => {
    // The font by its file path: pdfkit is slow with a font registered under a name.
    const doc = new PDFDocument({ size: 'A4', margin: 72, font: FONT, autoFirstPage: false });
    const out = createWriteStream(path);
    out.on('finish', done).on('error', fail);
    doc.pipe(out);
    let chapter = null;
    for (let p = 0; p < pages; p++) {
      doc.addPage();
      if (p % pagesPerChapter === 0) {
        const title = `第${p / pagesPerChapter + 1}章 建设内容之${p / pagesPerChapter + 1}`;
        chapter = doc.outline.addItem(title);
        doc.fontSize(16).text(title);
      }
      const section = `${Math.floor(p / pagesPerChapter) + 1}.${(p % pagesPerChapter) + 1} 分项建设方案`;
      chapter.addItem(section);
      doc.fontSize(14).text(section);
      doc.fontSize(12);
      for (let l = 0; l < 16; l++) doc.text(l === 0 ? MONEY : LINE);
    }
    doc.end();
  });
}
