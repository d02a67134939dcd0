import { readFileSync, statSync } from 'node:fs';
import type { Stats } from 'node:fs';
import type { Lang } from '../i18n/lang.js';
import { pick } from '../i18n/lang.js';

/** A path that is not a regular file (a folder, a FIFO, a socket, a device): never opened, since a FIFO would block. */
export class NotRegularFileError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(zh);
  }
}

function kindOf(st: Stats): [string, string] {
  if (st.isDirectory()) return ['目录', 'a folder'];
  if (st.isFIFO()) return ['命名管道（FIFO）', 'a FIFO'];
  if (st.isSocket()) return ['套接字', 'a socket'];
  if (st.isCharacterDevice() || st.isBlockDevice()) return ['设备文件', 'a device'];
  return ['特殊文件', 'a special file'];
}

/** The size of a regular file, after checking that it is one (links are followed). */
export function regularSize(path: string): number {
  const st = statSync(path);
  if (!st.isFile()) {
    const [zh, en] = kindOf(st);
    throw new NotRegularFileError(`这是${zh}，不是文件`, `this is ${en}, not a file`);
  }
  return st.size;
}

/** Read a regular file whole; anything else is refused before it is opened. */
export function readRegularFile(path: string): Buffer {
  regularSize(path);
  return readFileSync(path);
}

/** The message of a NotRegularFileError in the user's language. */
export const notRegularMessage = (err: NotRegularFileError, lang: Lang): string => pick(lang, err.zh, err.en);
