import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/** Temp files being written now: removed if the user interrupts the run. */
const pending = new Set<string>();
let handlersInstalled = false;

export function installHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      for (const tmp of pending) rmSync(tmp, { force: true });
      process.exit(signal === 'SIGINT' ? 130 : 143);
    });
  }
}

/**
 * A point between whole files where a pending Ctrl-C or SIGTERM is handled: painting and writing are
 * synchronous, so without a turn of the event loop the signal would wait until the run had ended.
 */
export function interruptPoint(): Promise<void> {
  return new Promise((done) => setImmediate(done));
}

/**
 * Make a folder and the missing ones above it, one level at a time. Node's recursive mkdir never
 * returns on some pseudo-filesystems (/proc/self/x): here each level either exists as a folder, is
 * made (or was just made by another run), or fails with its own error.
 */
export function ensureDir(dir: string): void {
  const missing: string[] = [];
  let d = resolve(dir);
  while (!existsSync(d)) {
    missing.unshift(d);
    const up = dirname(d);
    if (up === d) break;
    d = up;
  }
  if (existsSync(d) && !statSync(d).isDirectory()) throw Object.assign(new Error(`ENOTDIR: not a directory, mkdir '${dir}'`), { code: 'ENOTDIR', path: d });
  for (const m of missing) {
    try {
      mkdirSync(m);
    } catch (err) {
      // Another run making the same folder at the same moment is no failure.
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST' || !statSync(m).isDirectory()) throw err;
    }
  }
}

/**
 * Write a file so that a reader sees either the old file or the whole new one:
 * write a temp file beside it, flush it, then rename it into place.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  ensureDir(dirname(path));
  const tmp = join(dirname(path), `.${basename(path)}.tmp-${process.pid}-${Date.now()}`);
  installHandlers();
  pending.add(tmp);
  try {
    const fd = openSync(tmp, 'w');
    try {
      const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
      let off = 0;
      while (off < bytes.length) off += writeSync(fd, bytes, off, bytes.length - off);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  } finally {
    pending.delete(tmp);
  }
}
