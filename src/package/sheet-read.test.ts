import { describe, expect, it } from 'vitest';
import { ZipDuplicateError, ZipTooLargeError } from '../fs/zip-read.js';
import { readSheets, SheetTooLargeError } from './sheet-read.js';
// @ts-expect-error: a plain script of the repository, shared with the benchmark
import { lyingXlsx, lyingZip, rowBombXlsx, zeroBombXlsx } from '../../bench/lying-zip.mjs';

const LIMITS = { rows: 100, sheetBytes: 8 * 1024 * 1024 };
const STYLES = '<styleSheet><numFmts count="1"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/><numFmt numFmtId="177" formatCode="#,##0.00&quot;万元&quot;"/></numFmts><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="176"><alignment/></xf><xf numFmtId="177"/></cellXfs></styleSheet>';
const STRINGS = '<sst><si><t>类别</t></si><si><r><t>名</t></r><r><rPr/><t xml:space="preserve">称 </t></r><rPh><t>ミョウ</t></rPh></si><si><t>A&amp;B_x000D_</t></si></sst>';

const sheetOf = (rows: string, tail = ''): Buffer =>
  lyingXlsx({ head: `<worksheet><sheetData>${rows}</sheetData>${tail}</worksheet>` }, [
    { name: 'xl/styles.xml', head: STYLES },
    { name: 'xl/sharedStrings.xml', head: STRINGS },
  ]);

describe('readSheets', () => {
  it('resolves shared strings (rich runs joined, phonetic runs left out), inline strings, numbers, booleans, errors and dates', async () => {
    const [s] = await readSheets(
      sheetOf(
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>' +
          '<row r="2"><c r="A2" t="inlineStr"><is><t>服务器</t></is></c><c r="B2"><v>1234.56</v></c><c r="C2" t="b"><v>1</v></c><c r="D2" t="e"><v>#DIV/0!</v></c>' +
          '<c r="E2" s="1"><v>45658</v></c><c r="F2" s="2"><v>45659</v></c><c r="G2" s="3"><v>12345.67</v></c><c r="H2" t="d"><v>2025-03-01T00:00:00</v></c></row>',
      ),
      LIMITS,
    );
    expect(s!.name).toBe('配置清单');
    expect([1, 2, 3].map((c) => s!.cell(1, c)?.value)).toEqual(['类别', '名称 ', 'A&B\r']);
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((c) => [s!.cell(2, c)?.kind, s!.cell(2, c)?.value])).toEqual([
      ['text', '服务器'],
      ['number', 1234.56],
      ['boolean', true],
      ['error', '#DIV/0!'],
      ['date', '2025-01-01'],
      ['date', '2025-01-02'],
      // A number format with 万元 in quotes is no date.
      ['number', 12345.67],
      ['date', '2025-03-01'],
    ]);
  });

  it('counts dates from 1904 when the workbook says so', async () => {
    const buf = lyingZip([
      { name: 'xl/workbook.xml', head: '<workbook><workbookPr date1904="1"/><sheets><sheet name="S" r:id="rId1"/></sheets></workbook>' },
      { name: 'xl/_rels/workbook.xml.rels', head: '<Relationships><Relationship Id="rId1" Type="http://x/worksheet" Target="/xl/worksheets/s.xml"/></Relationships>' },
      { name: 'xl/worksheets/s.xml', head: '<worksheet><sheetData><row><c s="1"><v>0</v></c></row></sheetData></worksheet>' },
      { name: 'xl/styles.xml', head: STYLES },
    ]);
    const [s] = await readSheets(buf, LIMITS);
    expect(s!.cell(1, 1)?.value).toBe('1904-01-01');
  });

  it('gives a merged range the first cell\'s content in every cell it covers, and says which cells are covered', async () => {
    const [s] = await readSheets(
      sheetOf(
        '<row r="1"><c r="A1" t="inlineStr"><is><t>硬件</t></is></c><c r="B1" t="inlineStr"><is><t>服务器</t></is></c></row><row r="2"><c r="A2"/><c r="B2" t="inlineStr"><is><t>交换机</t></is></c></row><row r="3"><c r="B3" t="inlineStr"><is><t>防火墙</t></is></c></row>',
        '<mergeCells count="1"><mergeCell ref="A1:A3"/></mergeCells>',
      ),
      LIMITS,
    );
    expect([1, 2, 3].map((r) => s!.cell(r, 1)?.value)).toEqual(['硬件', '硬件', '硬件']);
    expect([1, 2, 3].map((r) => s!.covered(r, 1))).toEqual([false, true, true]);
    expect(s!.cell(4, 1)).toBeUndefined();
  });

  it('numbers rows and cells that carry no reference in order, keeps hidden rows marked, reads prefixed elements, and knows a formula saved without its result', async () => {
    const [s] = await readSheets(
      sheetOf('<x:row><x:c t="inlineStr"><x:is><x:t>甲</x:t></x:is></x:c><x:c><x:v>2</x:v></x:c></x:row><row hidden="1"><c><f>1+1</f></c><c><f>A1</f><v>3</v></c></row>'),
      LIMITS,
    );
    expect([s!.cell(1, 1)?.value, s!.cell(1, 2)?.value, s!.row(1)?.hidden, s!.row(2)?.hidden]).toEqual(['甲', 2, false, true]);
    expect(s!.cell(2, 1)).toEqual({ kind: 'empty', value: null, formula: true });
    expect(s!.cell(2, 2)).toEqual({ kind: 'number', value: 3, formula: true });
  });

  it('keeps rows up to the limit and counts one more when there are more, reading merged ranges after them', async () => {
    const rows = Array.from({ length: 150 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i + 1}</v></c></row>`).join('');
    const [s] = await readSheets(sheetOf(rows, '<mergeCells><mergeCell ref="B1:B2"/></mergeCells>'), LIMITS);
    expect([s!.rowCount, s!.cell(100, 1)?.value, s!.row(101)]).toEqual([101, 100, undefined]);
    expect(s!.covered(2, 2)).toBe(true);
  });

  it('refuses a sheet that claims 4,670 bytes and inflates to 3 GiB, as rows or as NUL bytes, at the limit', async () => {
    await expect(readSheets(rowBombXlsx(), { rows: 100_016, sheetBytes: 200 * 1024 * 1024 })).rejects.toThrow(ZipTooLargeError);
    // No end of a row in 16 MB: no row needs that much.
    await expect(readSheets(zeroBombXlsx(), { rows: 100_016, sheetBytes: 200 * 1024 * 1024 })).rejects.toThrow(SheetTooLargeError);
  });

  it('refuses a workbook that holds one part twice, whichever the case of its names', async () => {
    const buf = lyingXlsx({ head: '<worksheet/>' }, [{ name: 'XL/Worksheets/Sheet1.xml', head: '<worksheet><sheetData><row><c><v>1</v></c></row></sheetData></worksheet>' }]);
    await expect(readSheets(buf, LIMITS)).rejects.toThrow(ZipDuplicateError);
  });
});
