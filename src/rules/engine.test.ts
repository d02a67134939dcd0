import { describe, expect, it, vi } from 'vitest';
import type { Rule } from './types.js';

// A rule that throws must surface as a finding and mark the run as crashed, never pass silently.
vi.mock('./index.js', () => {
  const boom: Rule = {
    meta: {
      id: 'NAT-STAGES',
      kind: ['path'],
      severity: 'error',
      title: { zh: 't', en: 't' },
      description: { zh: 'd', en: 'd' },
      origin: null,
      article: '',
    },
    check() {
      throw new Error('boom');
    },
  };
  return { RULES: [boom] };
});

describe('the rule engine', () => {
  it('turns a rule that throws into an error finding and a crashed run', async () => {
    const { checkExample } = await import('../../test/rule-harness.js');
    const { validatePackage } = await import('../pipeline.js');
    const { packagedCalendar } = await import('../calendar/workdays.js');
    const { dir } = checkExample('national');
    const v = validatePackage(dir, { lang: 'zh', asOf: '2026-11-22', calendar: packagedCalendar() });
    expect(v.crashed).toBe(true);
    expect(v.result.findings).toEqual([
      expect.objectContaining({ ruleId: 'NAT-STAGES', severity: 'error', message: '检查未能运行：boom', file: 'project.yaml' }),
    ]);
  });
});
