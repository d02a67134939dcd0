import { createInflateRaw, inflateRawSync } from 'node:zlib';

/** The zip is not one this reader understands, or is damaged: nothing of it is read another way. */
export class ZipFormatError extends Error {}

/** An entry claims, or inflates to, more than the limit. */
export class ZipTooLargeError extends Error {}

/** Two entries of one name: readers would disagree on which one is the document, so none is read. */
export class ZipDuplicateError extends ZipFormatError {
  constructor(readonly entryName: string) {
    super(`duplicate entry ${entryName}`);
  }
}

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
  // The limit holds for the entries together, not only for each one.
  let left = maxBytes;
  for (const entry of listZipEntries(buf)) {
    if (!names.includes(entry.name)) continue;
    const data = inflateEntry(buf, entry, left);
    left -= data.length;
    out.set(entry.name, data);
  }
  return out;
}

/** One entry of a zip's central directory, its name decoded as the tool that wrote it meant. */
export interface ZipEntry {
  name: string;
  /** General-purpose flag bit 0: the entry's data is encrypted. */
  encrypted: boolean;
  /** A symbolic link (a Unix mode in the external attributes). */
  link: boolean;
  directory: boolean;
  method: number;
  /** The sizes the headers claim: never trusted for a limit, only for a first refusal. */
  claimedSize: number;
  compressedSize: number;
  localOffset: number;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const gb18030 = new TextDecoder('gb18030');

/**
 * A name without the UTF-8 flag (bit 11) is in the writer's code page: Windows in China writes GBK.
 * Valid UTF-8 stays UTF-8 (macOS writes it without the flag); anything else is read as GB18030, GBK's superset.
 * The Info-ZIP Unicode Path extra field (0x7075), when present, wins.
 */
function entryName(raw: Buffer, utf8: boolean, unicodePath: string | null): string {
  if (unicodePath !== null) return unicodePath;
  if (utf8) return raw.toString('utf8');
  try {
    return strictUtf8.decode(raw);
  } catch {
    return gb18030.decode(raw);
  }
}

function unicodePathOf(buf: Buffer, extra: number, end: number): string | null {
  for (let p = extra; p + 4 <= end; ) {
    const id = buf.readUInt16LE(p);
    const size = buf.readUInt16LE(p + 2);
    if (id === 0x7075 && size > 5 && p + 4 + size <= end) return buf.toString('utf8', p + 9, p + 4 + size);
    p += 4 + size;
  }
  return null;
}

/** Every entry of a zip, from its central directory; a damaged directory is a ZipFormatError. */
export function listZipEntries(buf: Buffer): ZipEntry[] {
  const out: ZipEntry[] = [];
  try {
    let e = buf.length - 22;
    const stop = Math.max(0, buf.length - 22 - 0xffff);
    while (e >= stop && buf.readUInt32LE(e) !== EOCD) e--;
    if (e < stop) throw new ZipFormatError('no end of central directory');
    const count = buf.readUInt16LE(e + 10);
    let p = buf.readUInt32LE(e + 16);
    for (let i = 0; i < count; i++) {
      if (buf.readUInt32LE(p) !== CENTRAL) throw new ZipFormatError('bad central directory');
      const madeBy = buf.readUInt16LE(p + 4) >> 8;
      const flags = buf.readUInt16LE(p + 8);
      const method = buf.readUInt16LE(p + 10);
      const fields = { csize: buf.readUInt32LE(p + 20), usize: buf.readUInt32LE(p + 24), offset: buf.readUInt32LE(p + 42) };
      const [nameLen, extraLen, commentLen] = [buf.readUInt16LE(p + 28), buf.readUInt16LE(p + 30), buf.readUInt16LE(p + 32)];
      const external = buf.readUInt32LE(p + 38);
      const extra = p + 46 + nameLen;
      const name = entryName(buf.subarray(p + 46, extra), (flags & 0x800) !== 0, unicodePathOf(buf, extra, extra + extraLen));
      zip64(buf, extra, extra + extraLen, fields);
      p = extra + extraLen + commentLen;
      const mode = external >>> 16;
      out.push({
        name,
        encrypted: (flags & 1) !== 0,
        // Unix (3) and macOS (19) keep the file type in the high bits of the external attributes.
        link: (madeBy === 3 || madeBy === 19) && (mode & 0xf000) === 0xa000,
        directory: name.endsWith('/') || name.endsWith('\\'),
        method,
        claimedSize: fields.usize,
        compressedSize: fields.csize,
        localOffset: fields.offset,
      });
    }
  } catch (err) {
    if (err instanceof ZipFormatError) throw err;
    throw new ZipFormatError((err as Error).message);
  }
  // Names compare as a reader resolves them: `\` is `/`, and Windows and macOS ignore case.
  const seen = new Set<string>();
  for (const e of out) {
    const key = e.name.replace(/\\/g, '/').toLowerCase();
    if (seen.has(key)) throw new ZipDuplicateError(e.name);
    seen.add(key);
  }
  return out;
}

/** Where an entry's compressed data lies, checked against its local header and the buffer's end. */
function dataOf(buf: Buffer, entry: ZipEntry): Buffer {
  const local = entry.localOffset;
  if (local + 30 > buf.length || buf.readUInt32LE(local) !== LOCAL) throw new ZipFormatError('bad local header');
  const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
  if (start + entry.compressedSize > buf.length) throw new ZipFormatError('entry past the end');
  return buf.subarray(start, start + entry.compressedSize);
}

/**
 * One entry's data in chunks, as zlib inflates it, to a reader that keeps only what it needs: the
 * entry is a ZipTooLargeError as soon as its output passes `maxBytes`, whatever its headers claim,
 * and nothing beyond one chunk is held here.
 */
export async function streamEntry(buf: Buffer, entry: ZipEntry, maxBytes: number, onChunk: (chunk: Buffer) => void): Promise<number> {
  if (entry.claimedSize > maxBytes) throw new ZipTooLargeError(entry.name);
  const data = dataOf(buf, entry);
  if (entry.method === 0) {
    if (data.length > maxBytes) throw new ZipTooLargeError(entry.name);
    onChunk(data);
    return data.length;
  }
  if (entry.method !== 8) throw new ZipFormatError(`compression method ${entry.method}`);
  return new Promise((resolve, reject) => {
    const z = createInflateRaw({ chunkSize: 256 * 1024 });
    let total = 0;
    let done = false;
    const fail = (err: Error): void => {
      if (done) return;
      done = true;
      z.destroy();
      reject(err);
    };
    z.on('data', (chunk: Buffer) => {
      if (done) return;
      total += chunk.length;
      if (total > maxBytes) return fail(new ZipTooLargeError(entry.name));
      try {
        onChunk(chunk);
      } catch (err) {
        fail(err as Error);
      }
    });
    z.on('error', (err) => fail(new ZipFormatError(err.message)));
    z.on('end', () => {
      if (done) return;
      done = true;
      resolve(total);
    });
    z.end(data);
  });
}

/**
 * One entry's data, inflated through zlib's own output limit: an entry stops at `maxBytes`
 * whatever its headers claim (a ZipTooLargeError), so a crafted size cannot fill the memory.
 */
export function inflateEntry(buf: Buffer, entry: ZipEntry, maxBytes: number): Buffer {
  if (entry.claimedSize > maxBytes) throw new ZipTooLargeError(entry.name);
  try {
    const data = dataOf(buf, entry);
    if (entry.method === 0) {
      if (data.length > maxBytes) throw new ZipTooLargeError(entry.name);
      return data;
    }
    if (entry.method === 8) return inflateRawSync(data, { maxOutputLength: maxBytes });
    throw new ZipFormatError(`compression method ${entry.method}`);
  } catch (err) {
    if (err instanceof ZipTooLargeError || err instanceof ZipFormatError) throw err;
    if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw new ZipTooLargeError(entry.name);
    throw new ZipFormatError((err as Error).message);
  }
}
