import { afterEach, describe, expect, it, vi } from 'vitest';
import { progressBar, wantsProgress } from './progress.js';

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

describe('progress bar', () => {
  it('draws done/total on one line of stderr and clears it at the end', () => {
    const written: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((s) => (written.push(String(s)), true));
    const bar = progressBar(4, 'zh', true);
    bar.update(1);
    bar.update(2); // within 100 ms of the last draw: skipped
    bar.update(4); // the last one is always drawn
    bar.end();
    expect(written).toHaveLength(3);
    expect(written[0]).toMatch(/^\r检查中 \[█{8}░{22}\] 1\/4$/);
    expect(written[1]).toMatch(/\[█{30}\] 4\/4$/);
    expect(written[2]).toBe('\r\x1b[2K');
  });

  it('writes nothing when disabled', () => {
    const write = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const bar = progressBar(4, 'en', false);
    bar.update(4);
    bar.end();
    expect(write).not.toHaveBeenCalled();
  });

  it('is wanted only for a pretty report of several packages on a terminal outside CI', () => {
    const tty = process.stderr.isTTY;
    try {
      process.stderr.isTTY = true;
      vi.stubEnv('CI', '');
      expect(wantsProgress('pretty', 2)).toBe(true);
      expect(wantsProgress('pretty', 1)).toBe(false);
      expect(wantsProgress('json', 2)).toBe(false);
      vi.stubEnv('CI', 'true');
      expect(wantsProgress('pretty', 2)).toBe(false);
      vi.stubEnv('CI', 'false');
      expect(wantsProgress('pretty', 2)).toBe(true);
      process.stderr.isTTY = false;
      expect(wantsProgress('pretty', 2)).toBe(false);
    } finally {
      process.stderr.isTTY = tty;
    }
  });
});
