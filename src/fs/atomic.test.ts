import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

// Makes a folder (or a file) appear between ensureDir's look and its mkdir, as a second run would.
const appears = new Map<string, 'dir' | 'file'>();
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  return {
    ...fs,
    mkdirSync: (path: string, ...rest: unknown[]) => {
      const what = appears.get(path);
      if (what === 'dir') fs.mkdirSync(path);
      if (what === 'file') fs.writeFileSync(path, '');
      return (fs.mkdirSync as (...a: unknown[]) => unknown)(path, ...rest);
    },
  };
});

const { ensureDir } = await import('./atomic.js');
const base = (): string => mkdtempSync(join(tmpdir(), 'zwpack-atomic-'));

describe('ensureDir', () => {
  afterEach(() => appears.clear());

  it('folders another run makes at the same moment are no failure', () => {
    const out = join(base(), 'out');
    appears.set(out, 'dir');
    appears.set(join(out, 'forms'), 'dir');
    expect(() => ensureDir(join(out, 'forms'))).not.toThrow();
    expect(statSync(join(out, 'forms')).isDirectory()).toBe(true);
  });

  it('a file of that name made at the same moment still fails with EEXIST', () => {
    const out = join(base(), 'out');
    appears.set(out, 'file');
    expect(() => ensureDir(join(out, 'forms'))).toThrow(expect.objectContaining({ code: 'EEXIST' }));
  });
});
