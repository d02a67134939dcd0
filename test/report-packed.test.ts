import { runInNewContext } from 'node:vm';
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { packagedCalendar } from '../src/calendar/workdays.js';
import { loadPackage } from '../src/package/load.js';
import { validatePackage } from '../src/pipeline.js';
import { reportHtml } from '../src/report/html/page.js';
import type { ReportInput } from '../src/report/html/page.js';
import { packageView } from '../src/report/html/view.js';
import { AS_OF, EXAMPLES, ROOT } from './helpers.js';
import { join } from 'node:path';

// The page of many packages, plain and packed (each section deflated, opened by the page's script).
const run = { lang: 'zh' as const, asOf: AS_OF, calendar: packagedCalendar(), explainPath: true };
const input: ReportInput = {
  views: Object.values(EXAMPLES).map((e) => {
    const dir = join(ROOT, e);
    const pkg = loadPackage(dir, 'zh');
    return packageView(pkg, validatePackage(dir, run, pkg), run);
  }),
  unreadable: [],
  asOf: AS_OF,
  lang: 'zh',
};
const plain = reportHtml(input);
const packed = reportHtml(input, 0);

/** Each package section's attributes and what it holds. */
const sections = (html: string) => [...html.matchAll(/<section class="pkg" id="(pkg-\d+)"([^>]*)>([\s\S]*?)<\/section>/g)].map((m) => ({ id: m[1]!, attrs: m[2]!, body: m[3]! }));
const scripts = (html: string) => [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);

/** Run the page's scripts against a stand-in for the browser's document, opened at `hash`. */
function openInPage(html: string, hash: string, withTextDecoder: boolean): Map<string, { attrs: Map<string, string>; innerHTML: string }> {
  const els = new Map(sections(html).map((s) => [s.id, { attrs: new Map([...s.attrs.matchAll(/([\w-]+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!])), innerHTML: s.body }]));
  const document = {
    getElementById: (id: string) => {
      const e = els.get(id);
      return e && { getAttribute: (a: string) => e.attrs.get(a) ?? null, removeAttribute: (a: string) => e.attrs.delete(a), set innerHTML(v: string) { e.innerHTML = v; } };
    },
  };
  const context = { document, location: { hash }, window: { addEventListener: () => undefined }, atob, escape, Uint8Array, Uint16Array, ...(withTextDecoder ? { TextDecoder } : {}) };
  for (const s of scripts(html)) runInNewContext(s, context);
  return els;
}

describe('a report of many packages, packed', () => {
  it('keeps the page plain below the limit: every section readable without script', () => {
    const s = sections(plain);
    expect(s).toHaveLength(6);
    for (const x of s) expect(x.attrs).not.toContain('data-z');
    expect(plain).toContain('<svg class="timeline"');
    expect(plain).not.toContain('zwInflate');
  });

  it('past the limit, each section is its plain HTML deflated, with its size and a line saying it needs the script', () => {
    const p = sections(packed);
    const q = sections(plain);
    expect(p.map((x) => x.id)).toEqual(q.map((x) => x.id));
    p.forEach((x, i) => {
      const z = /data-z="([A-Za-z0-9+/=]+)"/.exec(x.attrs)![1]!;
      const n = Number(/data-n="(\d+)"/.exec(x.attrs)![1]);
      const html = inflateRawSync(Buffer.from(z, 'base64')).toString('utf8');
      expect(`\n${html}\n`).toBe(q[i]!.body);
      expect(Buffer.byteLength(html)).toBe(n);
      expect(x.body).toContain('需启用脚本');
      expect(x.attrs).toContain(`data-path="${/data-path="([^"]*)"/.exec(q[i]!.attrs)![1]}"`);
    });
    // The dashboard and the rules cited stay plain; the decoder's licence travels with it.
    expect(packed).toContain('<table id="packages">');
    expect(packed).toContain('id="rule-NAT-ESTIMATE-10"');
    expect(packed).toContain('Copyright (c) 2015-present Devon Govett');
    expect(packed.length).toBeLessThan(plain.length);
  });

  it.each([true, false])('the page script opens the package at the address, and only it (TextDecoder: %s)', (withTextDecoder) => {
    const els = openInPage(packed, '#pkg-3', withTextDecoder);
    const want = sections(plain)[3]!.body;
    expect(`\n${els.get('pkg-3')!.innerHTML}\n`).toBe(want);
    expect(want).toMatch(/[\u4e00-\u9fff]/);
    expect(els.get('pkg-3')!.attrs.has('data-z')).toBe(false);
    expect(els.get('pkg-2')!.attrs.has('data-z')).toBe(true);
    expect(els.get('pkg-2')!.innerHTML).toContain('需启用脚本');
  });

  it('a malformed address (#%E0, #%) opens nothing and throws nothing', () => {
    for (const hash of ['#%E0', '#%', '#pkg-3%']) {
      const els = openInPage(packed, hash, true);
      expect([...els.values()].every((e) => e.attrs.has('data-z'))).toBe(true);
    }
  });
});
