import { inflateRawSync } from 'node:zlib';

/** The zip is not one this reader understands (or is damaged): the caller falls back to a full unzip. */
export class ZipFormatError extends Error {}

/** An entry claims, or inflates to, more than the limit. */
export class ZipTooLargeError extends Error {}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX32 = 0xffffffff;

/** Sizes and offset that do not fit 32 bits stand in the zip64 extra field, in this order. */
function zip64(buf: Buffer, extra: number, end: number, fields: { usize: number; csize: number; offset: number }): void {
  for (let p = extra; p + 4 <= end; ) {
    const id = buf.readUInt16LE(p);
    const size = buf.readUInt16LE(p + 2);
    if (id === 0x0001) {
      let q = p + 4;
      for (const k of ['usize', 'csize', 'offset'] as const) {
        if (fields[k] !== MAX32) continue;
        fields[k] = Number(buf.readBigUInt64LE(q));
        q += 8;
      }
      return;
    }
    p += 4 + size;
  }
}

/**
 * The named entries of a zip, found through its central directory and inflated by Node's zlib.
 * Node's native inflater needs no warm-up, where a JavaScript one costs a few milliseconds on every
 * run — most of what reading three small DOCX files took. Anything unusual is a ZipFormatError.
 */
export function readZipEntries(buf: Buffer, names: readonly string[], maxBytes: number): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  try {
    // The end-of-central-directory record: in the last 22 bytes, or before a comment of up to 64 KB.
    let e = buf.length - 22;
    const stop = Math.max(0, buf.length - 22 - 0xffff);
    while (e >= stop && buf.readUInt32LE(e) !== EOCD) e--;
    if (e < stop) throw new ZipFormatError('no end of central directory');
    const count = buf.readUInt16LE(e + 10);
    let p = buf.readUInt32LE(e + 16);
    for (let i = 0; i < count; i++) {
      if (buf.readUInt32LE(p) !== CENTRAL) throw new ZipFormatError('bad central directory');
      const method = buf.readUInt16LE(p + 10);
      const fields = { csize: buf.readUInt32LE(p + 20), usize: buf.readUInt32LE(p + 24), offset: buf.readUInt32LE(p + 42) };
      const [nameLen, extraLen, commentLen] = [buf.readUInt16LE(p + 28), buf.readUInt16LE(p + 30), buf.readUInt16LE(p + 32)];
      const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
      zip64(buf, p + 46 + nameLen, p + 46 + nameLen + extraLen, fields);
      p += 46 + nameLen + extraLen + commentLen;
      if (!names.includes(name)) continue;
      if (fields.usize > maxBytes) throw new ZipTooLargeError(name);
      const local = fields.offset;
      if (buf.readUInt32LE(local) !== LOCAL) throw new ZipFormatError('bad local header');
      const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
      if (start + fields.csize > buf.length) throw new ZipFormatError('entry past the end');
      const data = buf.subarray(start, start + fields.csize);
      if (method === 0) out.set(name, data);
      else if (method === 8) out.set(name, inflateRawSync(data, { maxOutputLength: maxBytes }));
      else throw new ZipFormatError(`compression method ${method}`);
    }
  } catch (err) {
    if (err instanceof ZipTooLargeError || err instanceof ZipFormatError) throw err;
    // zlib's own limit, or a damaged stream: let the full unzip say what is wrong.
    if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw new ZipTooLargeError((err as Error).message);
    throw new ZipFormatError((err as Error).message);
  }
  return out;
}
