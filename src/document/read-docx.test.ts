import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { readDocx } from './read-docx.js';
import { DocumentReadError } from './model.js';
import { makeDocx, para } from './test-docx.js';

const headings = (buf: Uint8Array) => readDocx(buf).headings.map((h) => `${h.level} ${h.text}`);
const style = (id: string, name: string, extra = '') => `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/>${extra}</w:style>`;

describe('DOCX outline reader', () => {
  it('reads headings from built-in heading styles in any UI language (Word zh uses ids "1", "2" and names "heading 1")', () => {
    const styles = style('1', 'heading 1') + style('2', 'heading 2') + style('a3', '标题 3');
    const buf = makeDocx(para('第一章 项目概述', '1') + para('正文') + para('一、项目名称', '2') + para('（一）名称', 'a3'), styles);
    expect(headings(buf)).toEqual(['1 第一章 项目概述', '2 一、项目名称', '3 （一）名称']);
  });

  it('reads an outline level set on the style, on a parent style, or on the paragraph itself', () => {
    const styles = style('Chap', '章标题', '<w:pPr><w:outlineLvl w:val="0"/></w:pPr>') + style('ChapRed', '章标题红', '<w:basedOn w:val="Chap"/>');
    const direct = '<w:p><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:r><w:t>一、直接设置大纲级别</w:t></w:r></w:p>';
    const buf = makeDocx(para('第一章 甲', 'Chap') + para('第二章 乙', 'ChapRed') + direct, styles);
    expect(headings(buf)).toEqual(['1 第一章 甲', '1 第二章 乙', '2 一、直接设置大纲级别']);
  });

  it('reads Heading1 style ids when styles.xml is missing', () => {
    expect(headings(makeDocx(para('第一章 甲', 'Heading1')))).toEqual(['1 第一章 甲']);
  });

  it('accepts tracked changes: inserted text counts, deleted text does not', () => {
    const p = '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>第一章 项目</w:t></w:r><w:del w:id="1" w:author="a"><w:r><w:delText>简介</w:delText></w:r></w:del><w:ins w:id="2" w:author="a"><w:r><w:t>概述</w:t></w:r></w:ins></w:p>';
    const gone = '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:del w:id="3" w:author="a"><w:r><w:t>第二章 删掉的章</w:t></w:r></w:del></w:p>';
    expect(headings(makeDocx(p + gone))).toEqual(['1 第一章 项目概述']);
  });

  it('skips the table of contents, tables and text boxes', () => {
    const toc = '<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/></w:docPartObj></w:sdtPr><w:sdtContent>' + para('第一章 项目概述', 'Heading1') + '</w:sdtContent></w:sdt>';
    const field = '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> TOC \\o "1-3" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>第一章 目录项</w:t></w:r></w:p>' + para('第二章 目录项', 'TOC1') + '<w:p><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>';
    const table = `<w:tbl><w:tr><w:tc>${para('第三章 表格里', 'Heading1')}</w:tc></w:tr></w:tbl>`;
    const box = `<w:p><w:r><mc:AlternateContent><mc:Choice><w:txbxContent>${para('第四章 文本框', 'Heading1')}</w:txbxContent></mc:Choice><mc:Fallback><w:txbxContent>${para('第四章 文本框', 'Heading1')}</w:txbxContent></mc:Fallback></mc:AlternateContent></w:r></w:p>`;
    const buf = makeDocx(toc + field + table + box + para('第一章 项目概述', 'Heading1'));
    const out = readDocx(buf).headings;
    expect(out.map((h) => h.text)).toEqual(['第一章 项目概述']);
    // Paragraphs count as Word counts them: four of the TOC, one in the table, the one holding the text box.
    expect(out[0]!.place).toBe('¶7 「第一章 项目概述」');
  });

  it('falls back to 第X章 / 一、/（一）/ 1.1 numbering when no heading style is used, ranking the kinds present', () => {
    const body = ['第一章 项目概述', '一、项目名称', '本项目名称为某某平台，由某某单位建设。', '（一）名称由来', '1.1 细目', '第二章 需求', '1. 列表项不是标题', '二、这一行是句子而不是标题，因为它以句号结尾。'].map((t) => para(t)).join('');
    expect(headings(makeDocx(body))).toEqual(['1 第一章 项目概述', '2 一、项目名称', '3 （一）名称由来', '4 1.1 细目', '1 第二章 需求']);
  });

  it('decodes XML entities and joins runs and tabs', () => {
    const p = '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>第一章</w:t></w:r><w:r><w:tab/><w:t>环保&amp;节能 &#x4E00;</w:t></w:r></w:p>';
    expect(headings(makeDocx(p))).toEqual(['1 第一章 环保&节能 一']);
  });

  describe('refuses what is not a DOCX, with a reason', () => {
    const reason = (buf: Uint8Array): string => {
      try {
        readDocx(buf);
      } catch (err) {
        expect(err).toBeInstanceOf(DocumentReadError);
        return (err as DocumentReadError).zh;
      }
      throw new Error('no error');
    };
    const ole = (extra: string) => {
      const b = Buffer.alloc(1024);
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(b);
      Buffer.from(extra, 'utf16le').copy(b, 512);
      return new Uint8Array(b);
    };
    it('a text file', () => expect(reason(strToU8('# 项目建议书'))).toContain('不是 DOCX 文件'));
    it('an old .doc or .wps renamed', () => expect(reason(ole('WordDocument'))).toContain('旧版 Word'));
    it('a password-protected document', () => expect(reason(ole('EncryptionInfo'))).toContain('已加密'));
    it('a zip without word/document.xml', () => expect(reason(zipSync({ 'a.txt': strToU8('x') }))).toContain('word/document.xml'));
    it('a truncated zip', () => expect(reason(makeDocx(para('x')).slice(0, 60))).toContain('已损坏'));
    it('a zip bomb (a part that claims to inflate past the limit)', () => {
      const buf = Buffer.from(makeDocx(para('第一章 x', 'Heading1')));
      // Patch the uncompressed size of word/document.xml in the central directory to 300 MB.
      const name = Buffer.from('word/document.xml');
      for (let i = buf.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); i >= 0; i = buf.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), i + 4)) {
        if (buf.subarray(i + 46, i + 46 + name.length).equals(name)) buf.writeUInt32LE(300 * 1024 * 1024, i + 24);
      }
      expect(reason(new Uint8Array(buf))).toContain('压缩炸弹');
    });
  });

  describe('documents made by LibreOffice (test/fixtures/docx, see scripts/make-docx-fixtures.sh)', () => {
    const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../test/fixtures/docx/${name}`, import.meta.url)));
    it('were written by LibreOffice', () => {
      for (const f of ['lo-heading-styles.docx', 'lo-bold-numbering.docx', 'lo-roundtrip-no-procurement.docx']) {
        const app = strFromU8(unzipSync(fixture(f))['docProps/app.xml']!);
        expect(app).toMatch(/<Application>LibreOffice/);
      }
    });
    it('own heading styles: chapters and sections, not the table cell', () => {
      const h = headings(fixture('lo-heading-styles.docx'));
      expect(h).toHaveLength(11);
      expect(h[3]).toBe('1 4 项目建设方案');
      expect(h[4]).toBe('2 4.1 软硬件产品安全可靠情况');
      expect(h.join()).not.toContain('表格');
    });
    it('bold 第X章 lines without styles', () => {
      const h = headings(fixture('lo-bold-numbering.docx'));
      expect(h).toHaveLength(11);
      expect(h[0]).toBe('1 第一章 项目概述');
      expect(h[4]).toBe('2 一、软硬件产品安全可靠情况');
    });
  });
});

describe('DOCX tables in the document model', () => {
  const tc = (text: string, pr = '') => `<w:tc>${pr ? `<w:tcPr>${pr}</w:tcPr>` : ''}${para(text)}</w:tc>`;
  const tr = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;

  it('resolves vertical and horizontal merges, keeps the caption above and the cover before the first heading', () => {
    const table =
      '<w:tbl>' +
      tr(tc('序号'), tc('类别'), tc('费用名称'), tc('金额（万元）')) +
      tr(tc('一'), tc('工程费用', '<w:vMerge w:val="restart"/>'), tc('硬件设备购置费'), tc('88.00')) +
      tr(tc('二'), tc('', '<w:vMerge/>'), tc('软件购置费'), tc('72.20')) +
      tr(tc('合计', '<w:gridSpan w:val="3"/>'), tc('160.20')) +
      '</w:tbl>';
    const styles = `<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/></w:style>`;
    const doc = readDocx(makeDocx(para('某某项目') + para('可行性研究报告') + para('第八章 投资估算', '1') + para('表8-1 项目总投资估算表') + table + para('说明：以上为估算。'), styles));
    expect(doc.cover.map((c) => c.text)).toEqual(['某某项目', '可行性研究报告']);
    expect(doc.tables).toHaveLength(1);
    const t = doc.tables[0]!;
    expect(t.caption).toBe('表8-1 项目总投资估算表');
    expect(t.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['序号', '类别', '费用名称', '金额（万元）'],
      ['一', '工程费用', '硬件设备购置费', '88.00'],
      ['二', '工程费用', '软件购置费', '72.20'],
      ['合计', '合计', '合计', '160.20'],
    ]);
    // A cell knows its paragraph; the merged cell below has the text above and its own row's paragraph.
    expect(t.rows[2]![1]!.line).toBe(t.rows[2]![0]!.line + 1);
    expect(t.rows[1]![1]!.line).toBe(t.rows[1]![0]!.line + 1);
    expect(doc.body.find((b) => b.text === '软件购置费')?.inTable).toBe(true);
    expect(doc.body.find((b) => b.text === '说明：以上为估算。')?.inTable).toBeUndefined();
  });

  it('takes no caption from a sentence above the table, and reads a nested table into its cell', () => {
    const inner = `<w:tbl>${tr(tc('内层'))}</w:tbl>`;
    const doc = readDocx(makeDocx(para('项目总投资818.30万元，详见下表。') + `<w:tbl>${tr(`<w:tc>${para('外层')}${inner}</w:tc>`, tc('b'))}</w:tbl>`));
    expect(doc.tables).toHaveLength(1);
    expect(doc.tables[0]!.caption).toBeNull();
    expect(doc.tables[0]!.rows[0]!.map((c) => c.text)).toEqual(['外层 内层', 'b']);
  });
});

describe('DOCX tables that would not fit in memory', () => {
  it('cuts a crafted span of a hundred million columns to the widest grid Word makes, and reads 150,000 rows', () => {
    const wide = `<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val="100000000"/></w:tcPr>${para('a')}</w:tc></w:tr></w:tbl>`;
    expect(readDocx(makeDocx(wide)).tables[0]!.rows[0]).toHaveLength(64);
    const rows = '<w:tr><w:tc><w:p/></w:tc></w:tr>'.repeat(150_000);
    expect(readDocx(makeDocx(`<w:tbl>${rows}</w:tbl>`)).tables[0]!.rows).toHaveLength(150_000);
  });
});
