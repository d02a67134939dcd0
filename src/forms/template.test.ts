import { describe, expect, it } from 'vitest';
import { profileIds, loadProfile } from '../profiles/profile.js';
import { PAGE_MM } from './page.js';
import { formTemplates, widthsOf } from './template.js';

describe('form templates', () => {
  it('every grid fills the 156 mm 版心 exactly, and every row spans every column', () => {
    for (const t of formTemplates().values()) {
      expect([t.id, widthsOf(t).reduce((a, b) => a + b, 0)]).toEqual([t.id, PAGE_MM.bodyWidth]);
      if (t.kind === 'grid') for (const row of t.rows) expect([t.id, row.reduce((n, c) => n + (c.span ?? 1), 0)]).toEqual([t.id, t.columns.length]);
    }
  });

  it('every form a profile names exists, and every form is named by some profile', () => {
    const named = new Set(profileIds().flatMap((p) => loadProfile(p).forms));
    for (const id of named) expect(formTemplates().has(id)).toBe(true);
    for (const id of formTemplates().keys()) expect(named.has(id)).toBe(true);
  });
});
