import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../../test/helpers.js';

// "Today" with no --as-of is the day of the machine's time zone: at 06:00 in Beijing the UTC day is
// still yesterday. Two zones 24 hours apart never agree on the day, so one of them differs from UTC.
const dayIn = (timeZone: string): string => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
const asOfUnder = (tz: string): string => {
  const r = spawnSync(process.execPath, [BIN, 'checklist', join(ROOT, 'examples', 'jilin-budongchan'), '--format', 'json'], { encoding: 'utf8', env: { ...process.env, TZ: tz } });
  return (JSON.parse(r.stdout) as { asOf: string }).asOf;
};

describe('today is the local day', () => {
  it('in Beijing, and 14 hours ahead of UTC, each its own date', () => {
    for (const tz of ['Asia/Shanghai', 'Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
      const before = dayIn(tz);
      const got = asOfUnder(tz);
      // Straddling midnight in that zone between the two readings is the only way to differ.
      expect([before, dayIn(tz)]).toContain(got);
    }
    expect(new Set(['Pacific/Kiritimati', 'Pacific/Pago_Pago'].map(dayIn)).size).toBe(2);
  });
});
