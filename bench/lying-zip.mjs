import { constants, deflateRawSync } from 'node:zlib';

// Zips that lie, for the tests, the fuzzer and the benchmark.
/**
 * Zips that lie, written byte by byte: an entry's deflate stream is a piece repeated `times` times
 * (each piece flushed so the copies join into one valid stream), so a few MB inflate to gigabytes while
 * the headers claim `claim` bytes. Also: a local header whose signature is broken, two entries of one name.
 */
/**
 * An entry: { name, head?, body? (string or Buffer, repeated `times` times after the head), tail?,
 * claim? (the uncompressed size both headers claim; default the true one), badLocal? (a broken local
 * header signature) }.
 */

const flushed = (data) => deflateRawSync(data, { finishFlush: constants.Z_FULL_FLUSH });

export function lyingZip(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const e of entries) {
    const head = Buffer.from(e.head ?? '');
    const body = typeof e.body === 'string' ? Buffer.from(e.body) : (e.body ?? Buffer.alloc(0));
    const times = e.times ?? (body.length ? 1 : 0);
    const piece = body.length ? flushed(body) : Buffer.alloc(0);
    const parts = [flushed(head)];
    for (let i = 0; i < times; i++) parts.push(piece);
    parts.push(deflateRawSync(Buffer.from(e.tail ?? '')));
    const data = Buffer.concat(parts);
    const real = head.length + body.length * times + Buffer.byteLength(e.tail ?? '');
    const claim = e.claim ?? Math.min(real, 0xfffffffe);
    const name = Buffer.from(e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(e.badLocal ? 0x04034b51 : 0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(claim, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(claim, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

const MB = 1024 * 1024;
const CT = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';

/** The parts of a one-sheet workbook around a sheet given as a lying entry. */
export function lyingXlsx(sheet, extra = []) {
  return lyingZip([
    { name: '[Content_Types].xml', head: CT },
    { name: 'xl/workbook.xml', head: '<workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="配置清单" sheetId="1" r:id="rId1"/></sheets></workbook>' },
    { name: 'xl/_rels/workbook.xml.rels', head: '<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>' },
    { name: 'xl/worksheets/sheet1.xml', ...sheet },
    ...extra,
  ]);
}

/** A 1 MB piece of rows, repeated `gib * 1024` times: a sheet that claims 4,670 bytes and inflates to `gib` GiB. */
export function rowBombXlsx(gib = 3) {
  const row = '<row><c t="inlineStr"><is><t>服务器</t></is></c><c><v>1</v></c></row>';
  return lyingXlsx({
    head: '<worksheet><sheetData><row r="1"><c t="inlineStr"><is><t>类别</t></is></c><c t="inlineStr"><is><t>名称</t></is></c></row>',
    body: row.repeat(Math.floor(MB / Buffer.byteLength(row))),
    times: gib * 1024,
    tail: '</sheetData></worksheet>',
    claim: 4670,
  });
}

/** A sheet of NUL bytes after its opening tag, 3 GiB of them, claiming 4,670 bytes. */
export const zeroBombXlsx = () => lyingXlsx({ head: '<worksheet><sheetData>', body: Buffer.alloc(MB), times: 3 * 1024, claim: 4670 });

/** A DOCX whose document.xml claims 4,670 bytes and inflates to `gib` GiB of paragraphs. */
export function lyingDocx(gib = 10, badLocal = false) {
  const p = '<w:p><w:r><w:t>项目总投资1234.56万元</w:t></w:r></w:p>';
  return lyingZip([
    { name: '[Content_Types].xml', head: CT },
    {
      name: 'word/document.xml',
      head: '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>',
      body: p.repeat(Math.floor(MB / Buffer.byteLength(p))),
      times: gib * 1024,
      tail: '</w:body></w:document>',
      claim: 4670,
      badLocal,
    },
  ]);
}
