import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { maxFileBytes } from '../fs/limits.js';
import { inflateEntry, listZipEntries, ZipDuplicateError, ZipFormatError, ZipTooLargeError } from '../fs/zip-read.js';

// A submission as it arrives — a folder or a .zip, as Windows tools in China write them — read into
// memory as a list of files. Nothing of it is changed; what cannot be taken in safely refuses the
// whole submission, so no package is written from half of it.

/** One file of the submission: its path inside it (forward slashes) and its bytes. */
export interface SubmittedFile {
  path: string;
  data: Buffer;
}

export interface Submission {
  files: SubmittedFile[];
  /** Lock files, `__MACOSX/`, Thumbs.db…: left out, and said so. */
  skipped: string[];
}

/** The submission cannot be taken in: the reason names the file (and the entry inside a zip). */
export class SubmissionError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(en);
  }
}

/** What a reviewer never wants read: the Mac's resource forks, Windows' thumbnails, Office's lock files. */
export function isJunk(path: string): boolean {
  const parts = path.split('/');
  const base = parts.at(-1)!;
  return parts.some((p) => p === '__MACOSX' || p === '.DS_Store') || /^(thumbs\.db|desktop\.ini)$/i.test(base) || base.startsWith('~$') || base.startsWith('._');
}

/** All the submission's inflated bytes together may be at most this many times the per-file limit. */
const TOTAL_FILES = 8;

/** Read a folder or a zip. A zip inside the zip is opened one level deep; deeper ones are refused. */
export function readSubmission(abs: string): Submission {
  const st = lstatSync(abs);
  const out: Submission = { files: [], skipped: [] };
  if (st.isDirectory()) {
    readFolder(abs, '', out);
    return out;
  }
  if (/\.(rar|7z)$/i.test(abs)) throw new SubmissionError(`${posix.basename(abs)} 是 RAR/7z 压缩包：请先解压，再对解压后的目录运行 zwpack import`, `${posix.basename(abs)} is a RAR/7z archive: unpack it first, then import the folder`);
  if (!st.isFile()) throw new SubmissionError(`不是目录也不是 .zip 文件：${abs}`, `neither a folder nor a .zip: ${abs}`);
  const budget = { left: maxFileBytes() * TOTAL_FILES };
  // The zip itself is refused past the whole submission's limit before a byte of it is read.
  if (st.size > budget.left) throw new SubmissionError(`${posix.basename(abs)} 过大（${(st.size / 1048576).toFixed(0)} MB），超过提交材料的上限 ${budget.left / 1048576} MB（--max-file-size 的 ${TOTAL_FILES} 倍）`, `${posix.basename(abs)} is too large (${(st.size / 1048576).toFixed(0)} MB): a submission may hold ${budget.left / 1048576} MB (${TOTAL_FILES} times --max-file-size)`);
  readZip(readFileSync(abs), posix.basename(abs), '', out, 0, budget);
  return out;
}

function readFolder(dir: string, prefix: string, out: Submission): void {
  for (const name of readdirSync(dir).sort()) {
    const rel = prefix ? `${prefix}/${name}` : name;
    const abs = join(dir, name);
    const st = lstatSync(abs);
    if (isJunk(rel)) {
      out.skipped.push(rel);
    } else if (st.isSymbolicLink()) {
      throw new SubmissionError(`${rel} 是链接：提交材料中不应有链接，请换成文件本身`, `${rel} is a link: a submission holds files, not links`);
    } else if (st.isDirectory()) {
      readFolder(abs, rel, out);
    } else if (st.isFile()) {
      if (st.size > maxFileBytes()) throw new SubmissionError(`${rel} 超过大小上限（${(st.size / 1048576).toFixed(1)} MB；--max-file-size 可调）`, `${rel} is over the size limit (${(st.size / 1048576).toFixed(1)} MB; see --max-file-size)`);
      out.files.push({ path: rel, data: readFileSync(abs) });
    }
  }
}

function readZip(buf: Buffer, zipName: string, prefix: string, out: Submission, depth: number, budget: { left: number }): void {
  let entries;
  try {
    entries = listZipEntries(buf);
  } catch (err) {
    if (err instanceof ZipDuplicateError) throw new SubmissionError(`${zipName} 中有两个「${err.entryName}」（名称相同或仅大小写不同），无法确定哪个是送审的文件：已拒绝整个压缩包`, `${zipName} holds "${err.entryName}" twice (the same name, or one differing in case only), so which one was submitted is unclear: the archive is refused`);
    if (err instanceof ZipFormatError) throw new SubmissionError(`${zipName} 不是有效的 zip 文件或已损坏`, `${zipName} is not a valid zip or is damaged`);
    throw err;
  }
  for (const e of entries) {
    const name = e.name.replace(/\\/g, '/');
    const at = `${zipName} 中的「${name}」`;
    const atEn = `"${name}" in ${zipName}`;
    // Refused before anything is inflated: a path that leaves the folder, a link, an encrypted entry.
    if (name.startsWith('/') || /^[A-Za-z]:/.test(name) || name.split('/').includes('..')) throw new SubmissionError(`${at} 的路径指向压缩包之外，已拒绝整个压缩包`, `${atEn} has a path that leaves the archive: the archive is refused`);
    if (e.link) throw new SubmissionError(`${at} 是链接，已拒绝整个压缩包`, `${atEn} is a link: the archive is refused`);
    if (e.directory) continue;
    const rel = prefix ? `${prefix}/${name}` : name;
    if (isJunk(rel)) {
      out.skipped.push(rel);
      continue;
    }
    if (e.encrypted) throw new SubmissionError(`${at} 已加密，无法读取：请提供未加密的压缩包`, `${atEn} is encrypted: provide an unencrypted archive`);
    let data: Buffer;
    try {
      data = inflateEntry(buf, e, Math.min(maxFileBytes(), budget.left));
    } catch (err) {
      if (err instanceof ZipTooLargeError) throw new SubmissionError(`${at} 解压后超过大小上限（无论压缩包头部声称多大）：已拒绝整个压缩包；--max-file-size 可调`, `${atEn} inflates past the size limit (whatever its header claims): the archive is refused; see --max-file-size`);
      if (err instanceof ZipFormatError) throw new SubmissionError(`${at} 已损坏，无法解压`, `${atEn} is damaged and cannot be inflated`);
      throw err;
    }
    budget.left -= data.length;
    if (/\.zip$/i.test(name)) {
      if (depth > 0) throw new SubmissionError(`${at} 是压缩包中的压缩包中的压缩包：请解压后再提交`, `${atEn} is a zip in a zip in a zip: unpack it first`);
      readZip(data, `${zipName}/${name}`, rel.replace(/\.zip$/i, ''), out, depth + 1, budget);
      continue;
    }
    out.files.push({ path: rel, data });
  }
}
