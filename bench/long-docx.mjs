// Writes a Word document of about 500 pages for the outline benchmark: 40 chapters of 6 sections,
// GB/T 9704 body (三号 仿宋, fixed 28 pt lines: 22 lines of 28 characters a page), a table per chapter.
import { writeFileSync } from 'node:fs';
import { Document, HeadingLevel, LineRuleType, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';

const SENTENCE = '本项目依托全省统一的政务云平台和数据共享交换平台建设，按照集约共享、安全可靠的原则统筹推进。';
// What the document checks read: amounts with their labels, funding, places, a 建设期.
const MONEY = '本章投资1,234.56万元，其中硬件设备购置费88.00万元、软件购置费72.20万元；资金来源为省级财政资金1,034.56万元、中央预算内投资200.00万元，服务吉林省长春市，建设期16个月。';

export async function longDocx(path, { chapters = 40, sections = 6, paragraphs = 16 } = {}) {
  const body = [];
  const text = (t) => new Paragraph({ spacing: { line: 560, lineRule: LineRuleType.EXACT }, indent: { firstLine: 640 }, children: [new TextRun({ text: t, size: 32, font: { eastAsia: '仿宋_GB2312' } })] });
  for (let c = 1; c <= chapters; c++) {
    body.push(new Paragraph({ text: `第${c}章 建设内容之${c}`, heading: HeadingLevel.HEADING_1, pageBreakBefore: true }));
    for (let s = 1; s <= sections; s++) {
      body.push(new Paragraph({ text: `${c}.${s} 分项建设方案`, heading: HeadingLevel.HEADING_2 }));
      for (let p = 0; p < paragraphs; p++) body.push(text(p === 0 ? MONEY : SENTENCE + SENTENCE.slice(0, 12)));
    }
    const row = (cells) => new TableRow({ children: cells.map((t) => new TableCell({ children: [new Paragraph(t)] })) });
    body.push(new Table({ rows: [row(['序号', '名称', '数量']), ...Array.from({ length: 8 }, (_, i) => row([String(i + 1), `第${c}章设备${i + 1}`, '1']))] }));
  }
  const doc = new Document({ sections: [{ children: body }] });
  writeFileSync(path, await Packer.toBuffer(doc));
}
