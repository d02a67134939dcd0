import type { Lang } from '../i18n/lang.js';
import { pick } from '../i18n/lang.js';

const REASONS: Record<string, [string, string]> = {
  EACCES: ['没有权限', 'permission denied'],
  EPERM: ['没有权限', 'operation not permitted'],
  ENOSPC: ['磁盘空间不足', 'no space left on the device'],
  EDQUOT: ['磁盘配额已满', 'disk quota exceeded'],
  EROFS: ['只读文件系统', 'read-only file system'],
  ENOENT: ['文件或目录不存在', 'no such file or folder'],
  ENOTDIR: ['路径中有一段不是目录', 'a part of the path is not a folder'],
  EISDIR: ['这是一个目录', 'it is a folder'],
  EEXIST: ['路径中已有同名的文件', 'a file stands where a folder is needed'],
  EMFILE: ['打开的文件过多', 'too many open files'],
  ELOOP: ['符号链接循环', 'too many symbolic links'],
  ENAMETOOLONG: ['文件名过长', 'file name too long'],
};

/** A file-system error as a reason a consultant understands, or null when it is not one. */
export function fsReason(err: unknown, lang: Lang): string | null {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  const r = code ? REASONS[code] : undefined;
  return r ? `${pick(lang, r[0], r[1])}（${code}）` : null;
}
