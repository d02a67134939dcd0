import { createRequire } from 'node:module';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { DocumentReadError } from './model.js';
import { readPdf } from './read-pdf.js';

const require = createRequire(import.meta.url);
const FONT = join(require.resolve('@expo-google-fonts/noto-serif-sc/package.json'), '..', '400Regular', 'NotoSerifSC_400Regular.ttf');

/** A PDF written by pdfkit: each line in its type size, no bookmarks. */
function pdf(lines: [number, string][]): Promise<Buffer> {
  return new Promise((done) => {
    const doc = new PDFDocument({ size: 'A4', margin: 72, font: FONT });
    const parts: Buffer[] = [];
    doc.on('data', (b: Buffer) => parts.push(b)).on('end', () => done(Buffer.concat(parts)));
    for (const [size, text] of lines) doc.fontSize(size).text(text);
    doc.end();
  });
}

describe('readPdf without bookmarks', () => {
  it('takes the numbered lines set larger than the body as headings, not a numbered sentence of the body', async () => {
    const model = await readPdf(await pdf([[16, '第一章 项目概述'], [14, '一、项目名称'], [12, '本项目名称为某某平台建设项目。'], [12, '一、本句是正文中的编号句子'], [14, '二、建设单位'], [12, '建设单位为某某局。']]));
    expect(model.headings.map((h) => `${h.level} ${h.text}`)).toEqual(['1 第一章 项目概述', '2 一、项目名称', '2 二、建设单位']);
    expect(model.body.map((b) => b.text)).toEqual(['本项目名称为某某平台建设项目。', '一、本句是正文中的编号句子', '建设单位为某某局。']);
    expect(model.pageStarts).toEqual([1]);
  });

  it('a PDF whose lines are all one size: every numbered line is a heading', async () => {
    const model = await readPdf(await pdf([[12, '第一章 总论'], [12, '项目建设的必要性十分突出，现有系统难以满足业务需要。'], [12, '第二章 需求分析']]));
    expect(model.headings.map((h) => h.text)).toEqual(['第一章 总论', '第二章 需求分析']);
  });

  it('a damaged file is a DocumentReadError, never another error', async () => {
    await expect(readPdf(Buffer.from('%PDF-1.7\nnot really'))).rejects.toBeInstanceOf(DocumentReadError);
  });
});

/**
 * A PDF as older Word and WPS exports are: a 宋体 that is not embedded, named by the predefined
 * encoding UniGB-UCS2-H and no ToUnicode map, so its text reads only through pdfjs's Chinese CMaps.
 */
function predefinedCMapPdf(text: string): Buffer {
  const hex = [...text].map((c) => c.codePointAt(0)!.toString(16).padStart(4, '0')).join('');
  const stream = `BT /F1 12 Tf 72 700 Td <${hex}> Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor 7 0 R >>',
    '<< /Type /FontDescriptor /FontName /SimSun /Flags 6 /FontBBox [0 -141 996 855] /ItalicAngle 0 /Ascent 859 /Descent -141 /CapHeight 683 /StemV 80 >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

describe('readPdf of a font with a predefined Chinese encoding', () => {
  it('reads the text through the Chinese CMaps (without them it would be taken for a scan)', async () => {
    const model = await readPdf(predefinedCMapPdf('项目总投资为一千二百三十四万元'));
    expect(model.body.map((b) => b.text)).toEqual(['项目总投资为一千二百三十四万元']);
  });
});
