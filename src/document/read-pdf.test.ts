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
