import { deflateRawSync } from 'node:zlib';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { inflateEntry, listZipEntries, readZipEntries, ZipFormatError, ZipTooLargeError } from './zip-read.js';

const text = (s: string): Uint8Array => new TextEncoder().encode(s);

/** A one-entry zip written by hand, its sizes and offset in a zip64 extra field as large-file writers do. */
function zip64Zip(name: string, body: Buffer): Buffer {
  const data = deflateRawSync(body);
  const n = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(8, 8);
  local.writeUInt16LE(n.length, 26);
  const extra = Buffer.alloc(4 + 24);
  extra.writeUInt16LE(0x0001, 0);
  extra.writeUInt16LE(24, 2);
  extra.writeBigUInt64LE(BigInt(body.length), 4);
  extra.writeBigUInt64LE(BigInt(data.length), 12);
  extra.writeBigUInt64LE(0n, 20);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(0xffffffff, 20);
  central.writeUInt32LE(0xffffffff, 24);
  central.writeUInt16LE(n.length, 28);
  central.writeUInt16LE(extra.length, 30);
  central.writeUInt32LE(0xffffffff, 42);
  const cdOffset = local.length + n.length + data.length;
  const cd = Buffer.concat([central, n, extra]);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(cdOffset, 16);
  return Buffer.concat([local, n, data, cd, end]);
}

describe('readZipEntries', () => {
  const zip = Buffer.from(zipSync({ 'word/document.xml': text('<w:document>正文</w:document>'), 'word/styles.xml': [text('<w:styles/>'), { level: 0 }], 'other.bin': text('x') }));

  it('reads the named entries, deflated or stored, and nothing else', () => {
    const got = readZipEntries(zip, ['word/document.xml', 'word/styles.xml'], 1000);
    expect([...got.keys()].sort()).toEqual(['word/document.xml', 'word/styles.xml']);
    expect(got.get('word/document.xml')!.toString('utf8')).toBe('<w:document>正文</w:document>');
    expect(got.get('word/styles.xml')!.toString('utf8')).toBe('<w:styles/>');
  });

  it('takes sizes and offset from the zip64 extra field', () => {
    const body = Buffer.from('<w:document>大文件写法</w:document>');
    expect(readZipEntries(zip64Zip('word/document.xml', body), ['word/document.xml'], 1000).get('word/document.xml')!.equals(body)).toBe(true);
  });

  it('refuses an entry that claims more than the limit, or inflates to more though it claims less', () => {
    expect(() => readZipEntries(zip, ['word/document.xml'], 10)).toThrow(ZipTooLargeError);
    const big = Buffer.from(zipSync({ 'word/document.xml': new Uint8Array(100_000) }));
    // Lie about the size in the central directory: the inflater still stops at the limit.
    const cd = big.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    big.writeUInt32LE(10, cd + 24);
    expect(() => readZipEntries(big, ['word/document.xml'], 1000)).toThrow(ZipTooLargeError);
  });

  it('anything else it does not understand is a ZipFormatError, never another error', () => {
    for (const bad of [Buffer.from('not a zip at all'), zip.subarray(0, zip.length - 30), Buffer.concat([zip.subarray(0, 40), Buffer.alloc(20), zip.subarray(60)])]) {
      expect(() => readZipEntries(bad, ['word/document.xml'], 1000)).toThrow(ZipFormatError);
    }
  });
});

describe('listZipEntries', () => {
  /** A zip whose first entry's name is in GBK without the UTF-8 flag, as Windows in China writes it. */
  function gbkZip(): Buffer {
    const zip = Buffer.from(zipSync({ 'AAAAAAAA.docx': text('x'), 'b/中文.txt': text('y') }));
    const gbk = Buffer.from([0xbf, 0xc9, 0xd1, 0xd0, 0xb1, 0xa8, 0xb8, 0xe6]); // 可研报告 in GBK, 8 bytes like the name it replaces
    let p = -1;
    while ((p = zip.indexOf('AAAAAAAA', p + 1)) >= 0) gbk.copy(zip, p);
    // fflate sets the UTF-8 flag only for names that need it: this one has none.
    return zip;
  }

  it('decodes GBK names without the UTF-8 flag and UTF-8 names with it', () => {
    expect(listZipEntries(gbkZip()).map((e) => e.name)).toEqual(['可研报告.docx', 'b/中文.txt']);
  });

  it('marks encrypted entries and links', () => {
    const zip = Buffer.from(zipSync({ 'a.txt': text('x'), 'b.txt': text('y') }));
    const cds: number[] = [];
    for (let p = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); p >= 0; p = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), p + 1)) cds.push(p);
    zip.writeUInt16LE(zip.readUInt16LE(cds[0]! + 8) | 1, cds[0]! + 8);
    zip.writeUInt16LE((3 << 8) | 20, cds[1]! + 4);
    zip.writeUInt32LE((0o120777 << 16) >>> 0, cds[1]! + 38);
    const [a, b] = listZipEntries(zip);
    expect([a!.encrypted, a!.link, b!.encrypted, b!.link]).toEqual([true, false, false, true]);
  });

  it('inflates an entry only up to the limit, whatever its header claims', () => {
    const big = Buffer.from(zipSync({ 'x.bin': new Uint8Array(100_000) }));
    const cd = big.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    big.writeUInt32LE(10, cd + 24);
    const [entry] = listZipEntries(big);
    expect(entry!.claimedSize).toBe(10);
    expect(() => inflateEntry(big, entry!, 1000)).toThrow(ZipTooLargeError);
    expect(inflateEntry(big, entry!, 200_000).length).toBe(100_000);
  });
});
