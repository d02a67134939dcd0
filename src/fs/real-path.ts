import { existsSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/**
 * Where a path really is, whether or not it exists yet: the real path of its nearest existing
 * ancestor (every link on the way followed, the file's own link too), then the names still to be made.
 */
export function realTarget(path: string): string {
  let d = resolve(path);
  const rest: string[] = [];
  while (!existsSync(d) && dirname(d) !== d) {
    rest.unshift(basename(d));
    d = dirname(d);
  }
  return join(realpathSync(d), ...rest);
}

/**
 * Whether `path` is `dir` or lies inside it. Compared by real path, and by device and inode of each
 * folder on the way up, so neither a symlinked folder nor a bind mount of the same folder hides it.
 */
export function isWithin(path: string, dir: string): boolean {
  let d;
  try {
    d = statSync(dir);
  } catch {
    return false;
  }
  for (let p = realTarget(path); ; p = dirname(p)) {
    try {
      const s = statSync(p);
      if (s.dev === d.dev && s.ino === d.ino) return true;
    } catch {
      // A name still to be made: its folder is tried next.
    }
    if (dirname(p) === p) return false;
  }
}
