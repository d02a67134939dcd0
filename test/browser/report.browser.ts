import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse, stringify } from 'yaml';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../bench/generate.mjs';
import { EXAMPLES, ROOT, tempDir, zwpack } from '../helpers.js';

// The HTML report in a real browser: Debian's chromium (installed by .ci/run), driven by playwright-core.
// Screenshots go to test/browser/screenshots/ for a person to look at.
const AS_OF = '2026-11-29';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SHOTS = join(ROOT, 'test', 'browser', 'screenshots');

interface Timeline {
  events: { day: string }[];
  deadlines: { day: string; status: string }[];
}

let browser: Browser;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install chromium, or set CHROMIUM_PATH`);
  mkdirSync(SHOTS, { recursive: true });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
});

afterAll(async () => {
  await browser?.close();
});

/** Open a report from disk, recording console errors, page errors and every request that is not the file itself. */
async function open(file: string, width = 1200): Promise<{ page: Page; errors: string[]; requests: string[] }> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const errors: string[] = [];
  const requests: string[] = [];
  const url = pathToFileURL(file).href;
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') errors.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('request', (r) => {
    if (r.url() !== url) requests.push(r.url());
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, errors, requests };
}

function reportOf(args: string[], out: string, cwd = ROOT): void {
  const r = zwpack(['report', ...args, '--as-of', AS_OF, '--out', out], cwd);
  expect(r.status, r.stderr).toBeLessThan(2);
}

describe('the report of each example in Chromium', () => {
  it.each(Object.keys(EXAMPLES) as (keyof typeof EXAMPLES)[])('%s: no console error, no request, every event and deadline drawn', async (p) => {
    const out = join(tempDir(), `${p}.html`);
    reportOf([EXAMPLES[p]], out);
    const json = JSON.parse(zwpack(['validate', EXAMPLES[p], '--format', 'json', '--as-of', AS_OF]).stdout) as { packages: { timeline: Timeline }[] };
    const t = json.packages[0]!.timeline;
    const { page, errors, requests } = await open(out);
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    // What the browser drew: each event and deadline as a visible group inside the timeline, in order.
    const drawn = await page.evaluate(() => {
      const svg = document.querySelector('svg.timeline')!.getBoundingClientRect();
      const of = (sel: string) =>
        [...document.querySelectorAll<SVGGElement>(sel)].map((g) => {
          const b = g.getBoundingClientRect();
          const inside = b.width > 0 && b.height > 0 && b.left >= svg.left - 1 && b.right <= svg.right + 1 && b.top >= svg.top - 1 && b.bottom <= svg.bottom + 1;
          return { day: g.dataset.day!, text: g.textContent ?? '', inside, status: g.getAttribute('class') ?? '' };
        });
      return { events: of('svg.timeline g.ev'), deadlines: of('svg.timeline g.dl'), today: of('svg.timeline g.today')[0] };
    });
    expect(drawn.events.map((e) => e.day)).toEqual(t.events.map((e) => e.day));
    expect(drawn.deadlines.map((d) => d.day)).toEqual(t.deadlines.map((d) => d.day));
    for (const x of [...drawn.events, ...drawn.deadlines]) {
      expect(x.inside, `${x.day} ${x.text}`).toBe(true);
      expect(x.text).toContain(x.day);
    }
    expect(drawn.deadlines.map((d) => d.status)).toEqual(t.deadlines.map((d) => `dl st-${d.status}`));
    // The as-of line and its label, never cut off at the edge.
    expect(drawn.today).toMatchObject({ day: AS_OF, inside: true });
    // Overdue in red: the colour the browser computed, not the class.
    const red = await page.evaluate(() => [...document.querySelectorAll('svg.timeline g.st-overdue text')].map((e) => getComputedStyle(e).fill));
    for (const fill of red) expect(fill).toBe('rgb(198, 40, 40)');
    // A rule link lands on the rule's explanation.
    const link = page.locator('a[href^="#rule-"]').first();
    if ((await link.count()) > 0) {
      const target = (await link.getAttribute('href'))!;
      await link.click();
      expect(await page.evaluate(() => location.hash)).toBe(target);
      expect(await page.locator(`${target}`).isVisible()).toBe(true);
    }
    await page.screenshot({ path: join(SHOTS, `${p}.png`), fullPage: true });
    await page.close();
  });

  it('prints on A4', async () => {
    const out = join(tempDir(), 'print.html');
    reportOf([EXAMPLES.jilin], out);
    const { page } = await open(out);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdf.toString('latin1');
    expect(text).toMatch(/\/MediaBox \[0 0 59[45](\.\d+)? 84[12](\.\d+)?\]/);
    await page.close();
  });
});

describe('the dashboard of 1,000 packages in Chromium', () => {
  let file: string;
  let names: string[];
  let rows: { profile: string; errors: number; name: string }[];

  beforeAll(() => {
    const dir = join(tempDir(), 'many');
    // Packages as first drafts are: most with a finding or two.
    generate(1000, dir, { faults: true });
    // Two packages whose facts are wrong, so the filters have something particular to find.
    for (const n of ['pkg-0003', 'pkg-0500']) {
      const f = join(dir, n, 'project.yaml');
      const facts = parse(readFileSync(f, 'utf8')) as { money: { estimate: number } };
      facts.money.estimate = -1;
      writeFileSync(f, stringify(facts));
    }
    file = join(tempDir(), 'dashboard.html');
    reportOf(['--recursive', dir], file);
    rows = [...readFileSync(file, 'utf8').matchAll(/<tr data-profile="([^"]+)" data-errors="(\d+)"[^>]*><td data-v="([^"]+)"><a href="#pkg-/g)].map((m) => ({ profile: m[1]!, errors: Number(m[2]), name: m[3]! }));
    names = rows.map((r) => r.name);
  });

  it('is one file under 10 MB that opens with no console error and no request', async () => {
    expect(statSync(file).size).toBeLessThan(10_000_000);
    expect(names).toHaveLength(1000);
    const { page, errors, requests } = await open(file);
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    expect(await page.locator('#packages tbody tr').count()).toBe(1000);
    expect(await page.locator('#shown').textContent()).toBe('1000 / 1000');
    // Scrolled to the end and back, the table still answers.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(SHOTS, 'dashboard-1000.png') });
    await page.close();
  });

  it('filters by text, by profile and by errors', async () => {
    const { page } = await open(file);
    const visible = () => page.evaluate(() => [...document.querySelectorAll<HTMLTableRowElement>('#packages tbody tr')].filter((r) => r.offsetParent !== null).map((r) => r.cells[0]!.dataset.v!));
    await page.fill('#filter', '样本12');
    const byText = await visible();
    expect(byText.sort()).toEqual(names.filter((n) => n.includes('样本12')).sort());
    expect(byText.length).toBe(11); // 样本12 and 样本120–129
    await page.fill('#filter', '');
    await page.selectOption('#profile-filter', '吉林省');
    const jilin = await visible();
    expect(jilin.sort()).toEqual(rows.filter((r) => r.profile === '吉林省').map((r) => r.name).sort());
    expect(jilin.length).toBeGreaterThan(100);
    await page.selectOption('#profile-filter', '');
    await page.check('#errors-only');
    const withErrors = rows.filter((r) => r.errors > 0);
    expect((await visible()).sort()).toEqual(withErrors.map((r) => r.name).sort());
    expect(withErrors.length).toBeGreaterThan(500);
    expect(withErrors.length).toBeLessThan(1000);
    expect(await page.locator('#shown').textContent()).toBe(`${withErrors.length} / 1000`);
    await page.close();
  });

  it('sorts by a column, both ways, and numbers as numbers', async () => {
    const { page } = await open(file);
    const column = (i: number) => page.evaluate((c) => [...document.querySelectorAll<HTMLTableRowElement>('#packages tbody tr')].map((r) => r.cells[c]!.dataset.v!), i);
    const errorsHead = page.locator('#packages th').nth(3);
    await errorsHead.click();
    const up = (await column(3)).map(Number);
    expect(up).toEqual([...up].sort((a, b) => a - b));
    await errorsHead.click();
    const down = (await column(3)).map(Number);
    expect(down[0]).toBeGreaterThan(0);
    expect(down).toEqual([...down].sort((a, b) => b - a));
    expect(await errorsHead.getAttribute('aria-sort')).toBe('descending');
    await page.locator('#packages th').nth(0).click();
    const byName = await column(0);
    expect(byName).toEqual([...byName].sort((a, b) => a.localeCompare(b, 'zh-CN')));
    await page.close();
  });

  it('a row opens its package with its findings; the others stay closed', async () => {
    const { page, errors } = await open(file);
    await page.fill('#filter', names[499]!);
    await page.locator('#packages tbody tr:not(.hidden) a').first().click();
    const hash = await page.evaluate(() => location.hash);
    expect(hash).toBe('#pkg-499');
    expect(await page.locator('#pkg-499').isVisible()).toBe(true);
    expect(await page.locator('#pkg-498').isVisible()).toBe(false);
    // The page is past the plain limit: the section was stored deflated and the script opened it.
    expect(await page.locator('#pkg-499').getAttribute('data-z')).toBeNull();
    expect(await page.locator('#pkg-498').getAttribute('data-z')).not.toBeNull();
    expect(await page.locator('#pkg-499 .findings li.sev-error').count()).toBe(rows[499]!.errors);
    expect(await page.locator('#pkg-499 h2').textContent()).toBe(names[499]);
    // A rule link inside the opened package lands on the rules at the end, and back opens it again.
    await page.locator('#pkg-499 .findings a[href^="#rule-"]').first().click();
    expect(await page.evaluate(() => location.hash)).toMatch(/^#rule-/);
    await page.goBack();
    expect(await page.locator('#pkg-499 .findings li.sev-error').count()).toBe(rows[499]!.errors);
    expect(errors).toEqual([]);
    await page.locator('#pkg-499').screenshot({ path: join(SHOTS, 'dashboard-opened.png') });
    await page.close();
  });

  it('opened at the address of a package, in a browser without TextDecoder, the package shows', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.addInitScript(() => {
      delete (window as { TextDecoder?: unknown }).TextDecoder;
    });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${pathToFileURL(file).href}#pkg-7`, { waitUntil: 'load' });
    expect(await page.evaluate(() => typeof TextDecoder)).toBe('undefined');
    expect(await page.locator('#pkg-7').isVisible()).toBe(true);
    expect(await page.locator('#pkg-7 h2').textContent()).toBe(names[7]);
    expect(await page.locator('#pkg-7 svg.timeline g.ev').count()).toBeGreaterThan(3);
    expect(await page.locator('#pkg-7 table.checklist tbody tr').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('a report of a few packages', () => {
  it('stays plain: with script turned off, a row still opens its package', async () => {
    const out = join(tempDir(), 'six.html');
    reportOf(Object.values(EXAMPLES), out);
    expect(readFileSync(out, 'utf8')).not.toContain('data-z=');
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1200, height: 900 } });
    const page = await context.newPage();
    await page.goto(pathToFileURL(out).href, { waitUntil: 'load' });
    expect(await page.locator('#pkg-2').isVisible()).toBe(false);
    await page.locator('#packages tbody tr a').nth(2).click();
    expect(await page.locator('#pkg-2').isVisible()).toBe(true);
    expect(await page.locator('#pkg-2 svg.timeline g.ev').count()).toBeGreaterThan(3);
    expect(await page.locator('#pkg-1').isVisible()).toBe(false);
    await context.close();
  });
});
