// Measures whole zwpack commands as processes, each beside its baseline in the same run,
// and writes bench/RESULTS.md. Figures are ratios, so a slower or busier machine still compares.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generate } from './generate.mjs';
import { longDocx } from './long-docx.mjs';
import { longPdf } from './long-pdf.mjs';
import { lyingDocx, rowBombXlsx, zeroBombXlsx } from './lying-zip.mjs';
import { tallSheet } from './tall-sheet.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const node = process.execPath;
const RUNS = Number(process.env.BENCH_RUNS ?? 21);
const WARMUP = 3;
const work = mkdtempSync(join(tmpdir(), 'zwpack-bench-'));

/** Time one run; `statuses` are its expected exit codes (1: packages with findings). */
function time(cmd, args, statuses = [0]) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'ignore' });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (!statuses.includes(r.status)) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}`);
  return ms;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

/** Alternate the command and its baseline so both see the same machine state. */
function sideBySide(cmd, base, runs = RUNS, warmup = WARMUP) {
  for (let i = 0; i < warmup; i++) { time(...cmd); time(...base); }
  const a = [], b = [];
  for (let i = 0; i < runs; i++) { a.push(time(...cmd)); b.push(time(...base)); }
  return { cmd: median(a), base: median(b) };
}

const soffice = ['soffice', 'libreoffice'].find((c) => spawnSync('which', [c]).status === 0);
const rows = [];
/** ok, missed, not measured (no baseline on this machine), or reference (a figure without a target). */
const verdict = (row) => (row.ok === 'reference' ? 'reference' : row.ok === null ? 'not measured' : row.ok ? 'ok' : 'missed');
const report = (row) => {
  rows.push(row);
  console.log(`${row.what}: ${row.figure} (target ${row.target}) ${verdict(row).toUpperCase()}`);
};

// 1, 2. Start-up bound commands against `node -e 0`.
for (const c of [
  { what: '`zwpack --help`', args: ['bin/zwpack.js', '--help'], target: 1.5 },
  { what: '`zwpack validate` one example (jilin, three DOCX documents)', args: ['bin/zwpack.js', 'validate', 'examples/jilin-budongchan'], target: 3 },
  { what: '`zwpack report` one example (jilin: timeline, money, materials, route; HTML written)', args: ['bin/zwpack.js', 'report', 'examples/jilin-budongchan', '--out', join(work, 'report.html')], target: 3 },
]) {
  const m = sideBySide([node, c.args], [node, ['-e', '0']]);
  const ratio = m.cmd / m.base;
  report({ what: c.what, figure: `${m.cmd.toFixed(1)} ms vs \`node -e 0\` ${m.base.toFixed(1)} ms = ${ratio.toFixed(2)}×`, target: `≤ ${c.target}×`, ok: ratio <= c.target });
}

// 3. Every form of the Jinhu example to PDF, against LibreOffice converting our DOCX of the same forms.
{
  const pdfOut = join(work, 'pdf');
  const docxOut = join(work, 'docx');
  const loOut = join(work, 'lo');
  const render = [node, ['bin/zwpack.js', 'render', 'examples/jinhu-yiwangtongguan', '--all', '--to', 'pdf', '--out', pdfOut]];
  if (soffice) {
    time(node, ['bin/zwpack.js', 'render', 'examples/jinhu-yiwangtongguan', '--all', '--to', 'docx', '--out', docxOut]);
    const docx = readdirSync(docxOut).map((f) => join(docxOut, f));
    const lo = [soffice, ['--headless', '--norestore', `-env:UserInstallation=file://${join(work, 'lo-profile')}`, '--convert-to', 'pdf', '--outdir', loOut, ...docx]];
    const m = sideBySide(render, lo, 7, 2);
    const ratio = m.base / m.cmd;
    report({ what: `\`zwpack render --all --to pdf\` (jinhu, ${docx.length} forms; the package checked first, laid out, painted)`, figure: `${m.cmd.toFixed(0)} ms vs LibreOffice converting the same ${docx.length} DOCX ${m.base.toFixed(0)} ms = ${ratio.toFixed(2)}× faster`, target: '≥ 3× faster', ok: ratio >= 3 });
    // What pdfkit alone needs for one line of Chinese: render may cost at most 1.6 times that.
    const floor = sideBySide([node, ['bench/pdfkit-floor.mjs']], render, 7, 2);
    const over = floor.base / floor.cmd;
    report({ what: 'the same render against pdfkit as installed writing one page with one line of Chinese (`bench/pdfkit-floor.mjs`), side by side', figure: `${floor.base.toFixed(0)} ms vs ${floor.cmd.toFixed(0)} ms = ${over.toFixed(2)}×`, target: '≤ 1.6×', ok: over <= 1.6 });
  } else {
    report({ what: '`zwpack render --all --to pdf` (jinhu)', figure: 'LibreOffice (soffice) is not installed: no baseline', target: '≥ 3× faster', ok: null });
  }
}

// 3b. A 10,000-row 信息资源目录 kept as a workbook (zwpack's own), validated with the rest of the 吉林 example.
{
  const pkg = join(work, 'xlsx-pkg');
  cpSync(join(root, 'examples', 'jilin-budongchan'), pkg, { recursive: true });
  rmSync(join(pkg, 'tables', '信息资源目录.yaml'));
  const { writeTableWorkbook } = await import(join(root, 'dist', 'package', 'workbook-write.js'));
  const rows = Array.from({ length: 10000 }, (_, i) => ({ name: `不动产登记信息资源${i + 1}`, provider: '吉林省自然资源厅', source: '不动产登记系统', format: '数据库', updateCycle: '每日', shareType: '有条件共享', openType: '不予开放', system: '不动产登记信息共享服务平台' }));
  writeFileSync(join(pkg, 'tables', '信息资源目录.xlsx'), await writeTableWorkbook({ tableId: 'resource-catalogue', projectName: '吉林省不动产登记信息共享服务平台建设项目', rows, date: new Date(0) }));
  const runs = [];
  for (let i = 0; i < 7; i++) runs.push(time(node, ['bin/zwpack.js', 'validate', pkg]));
  const ms = median(runs);
  report({ what: '`zwpack validate` of the 吉林 example with a 10,000-row 信息资源目录 as `.xlsx`', figure: `${ms.toFixed(0)} ms`, target: '< 1000 ms', ok: ms < 1000 });
}

// 3c. One workbook read into the table model in its own process (median of 5; start-up left out),
// against exceljs loading the same file (how zwpack read workbooks before), and lying zips refused.
{
  const readAlone = (reader, file) => JSON.parse(spawnSync(node, [join(root, 'bench', 'read-table.mjs'), reader, file], { encoding: 'utf8' }).stdout);
  const medianOf = (reader, file) => {
    const runs = Array.from({ length: 5 }, () => readAlone(reader, file));
    return { ms: median(runs.map((r) => r.ms)), mb: Math.max(...runs.map((r) => r.mb)) };
  };
  for (const [n, ms, mb] of [[10_000, 400, null], [100_000, 3000, 300]]) {
    const file = join(work, `tall-${n}.xlsx`);
    writeFileSync(file, tallSheet(n + 3));
    const ours = medianOf('zwpack', file);
    const theirs = medianOf('exceljs', file);
    report({
      what: `a ${n.toLocaleString('en')}-row 软硬件配置清单 workbook read into the table model, against exceljs only loading it`,
      figure: `${ours.ms.toFixed(0)} ms, ${ours.mb.toFixed(0)} MB peak vs ${theirs.ms.toFixed(0)} ms, ${theirs.mb.toFixed(0)} MB = ${(theirs.ms / ours.ms).toFixed(1)}× faster`,
      target: mb ? `< ${ms} ms, < ${mb} MB` : `< ${ms} ms`,
      ok: ours.ms < ms && (!mb || ours.mb < mb),
    });
  }
  for (const [what, reader, bytes] of [
    ['an .xlsx whose sheet claims 4,670 bytes and inflates to 3 GiB of rows', 'zwpack', rowBombXlsx()],
    ['the same sheet of 3 GiB of NUL bytes', 'zwpack', zeroBombXlsx()],
    ['a DOCX whose body claims 4,670 bytes and inflates to 10 GiB', 'docx', lyingDocx()],
  ]) {
    const file = join(work, `lying.${reader === 'docx' ? 'docx' : 'xlsx'}`);
    writeFileSync(file, bytes);
    const r = medianOf(reader, file);
    report({ what: `${what}, refused`, figure: `${r.ms.toFixed(0)} ms, ${r.mb.toFixed(0)} MB peak`, target: '< 1000 ms, < 200 MB', ok: r.ms < 1000 && r.mb < 200 });
  }
}

// 4. The outline of a 500-page Word document, read in one process (median of 7).
{
  const file = join(work, 'long.docx');
  await longDocx(file);
  const script = `import('${join(root, 'dist/document/read.js')}').then((m) => { const t = process.hrtime.bigint(); const o = m.readDocument(${JSON.stringify(file)}, 'zh'); process.stdout.write(String(Number(process.hrtime.bigint() - t) / 1e6) + ' ' + o.headings.length); })`;
  const runs = Array.from({ length: 7 }, () => spawnSync(node, ['-e', script], { encoding: 'utf8' }).stdout.split(' ').map(Number));
  const ms = median(runs.map((r) => r[0]));
  report({ what: `outline of a 500-page DOCX (${runs[0][1]} headings; 480–510 pages as LibreOffice lays it out)`, figure: `${ms.toFixed(0)} ms`, target: '< 1000 ms', ok: ms < 1000 });
  // The same document as the 吉林 example's 可研, read and checked: outline, content and what its text says
  // (240 paragraphs of amounts, sources, places and a 建设期), in one validate run.
  const pkg = join(work, 'long-ky');
  cpSync(join(root, 'examples', 'jilin-budongchan'), pkg, { recursive: true });
  cpSync(file, join(pkg, 'docs', '可行性研究报告.docx'));
  const checked = [];
  // Exit 1: a 500-page 可研 of repeated chapters is no good 可研 (its outline and its amounts are found wanting).
  for (let i = 0; i < 7; i++) checked.push(time(node, ['bin/zwpack.js', 'validate', pkg, '--format', 'json'], [0, 1]));
  const whole = median(checked);
  report({ what: '`zwpack validate` of the 吉林 example with that 500-page DOCX as its 可研 (outline and document checks)', figure: `${whole.toFixed(0)} ms`, target: '< 1000 ms', ok: whole < 1000 });
}

// 4b. A 300-page text PDF read (bookmarks as the outline, text per page) in one process (median of 5),
// and a submission as a reviewer receives it imported and validated: three 100-page DOCX, two 100-page
// PDFs and five workbooks (no LibreOffice conversion: those are timed by LibreOffice, not by zwpack).
{
  const pdf = join(work, 'long.pdf');
  await longPdf(pdf);
  const script = `import('${join(root, 'dist/document/read.js')}').then(async (m) => { const t = process.hrtime.bigint(); const o = await m.preloadPdf(${JSON.stringify(pdf)}); process.stdout.write(String(Number(process.hrtime.bigint() - t) / 1e6) + ' ' + o.headings.length + ' ' + o.pageStarts.length); })`;
  const runs = Array.from({ length: 5 }, () => spawnSync(node, ['-e', script], { encoding: 'utf8' }).stdout.split(' ').map(Number));
  const ms = median(runs.map((r) => r[0]));
  report({ what: `a ${runs[0][2]}-page text PDF read (${runs[0][1]} bookmarks as headings, text per page)`, figure: `${ms.toFixed(0)} ms`, target: '< 1000 ms', ok: ms < 1000 });

  const sub = join(work, 'submission');
  mkdirSync(sub, { recursive: true });
  const ky = join(root, 'test', 'fixtures', 'submissions', 'consistent');
  const xlsx = readdirSync(ky).find((f) => f.endsWith('.xlsx'));
  for (const [i, name] of ['项目建议书', '可行性研究报告（送审稿）', '初步设计方案和投资概算'].entries()) await longDocx(join(sub, `${i + 1} ${name}.docx`), { chapters: 8 });
  await longPdf(join(sub, '实施方案.pdf'), { pages: 100 });
  await longPdf(join(sub, '建设方案.pdf'), { pages: 100 });
  for (let i = 1; i <= 5; i++) cpSync(join(ky, xlsx), join(sub, `附件${i} 项目软硬件配置清单${i}.xlsx`));
  const runsImport = [];
  for (let i = 0; i < 5; i++) runsImport.push(time(node, ['bin/zwpack.js', 'import', sub, join(work, 'imported'), '--force', '--profile', 'jilin'], [0, 1]));
  const whole = median(runsImport);
  report({ what: '`zwpack import` and validate of a submission of three 100-page DOCX, two 100-page PDFs and five workbooks', figure: `${whole.toFixed(0)} ms`, target: '< 3000 ms', ok: whole < 3000 });
}

// 4c. Two rounds of one package, diffed: three 100-page DOCX each and a 1,000-row 信息资源目录, the second
// round with an amount, a chapter and a row changed (the whole command, start-up included; median of 5).
{
  const round = async (dir, changed) => {
    cpSync(join(root, 'examples', 'jilin-budongchan'), dir, { recursive: true });
    for (const name of ['项目建议书', '可行性研究报告', '初步设计方案和投资概算']) await longDocx(join(dir, 'docs', `${name}.docx`), { chapters: changed && name === '可行性研究报告' ? 7 : 8 });
    const rows = Array.from({ length: 1000 }, (_, i) => `  - name: 不动产登记信息资源${i + 1}\n    provider: 吉林省自然资源厅\n    source: 不动产登记系统\n    format: 数据库\n    updateCycle: ${changed && i === 500 ? '每周' : '每日'}\n    shareType: 有条件共享\n    openType: 不予开放\n`).join('');
    writeFileSync(join(dir, 'tables', '信息资源目录.yaml'), `table: resource-catalogue\nrows:\n${rows}`);
    if (changed) writeFileSync(join(dir, 'project.yaml'), readFileSync(join(dir, 'project.yaml'), 'utf8').replace('estimate: 842.6', 'estimate: 852.6'));
  };
  const a = join(work, 'round-1');
  const b = join(work, 'round-2');
  await round(a, false);
  await round(b, true);
  const runs = [];
  for (let i = 0; i < 5; i++) runs.push(time(node, ['bin/zwpack.js', 'diff', a, b, '--format', 'json', '--output', join(work, 'diff.json')]));
  const ms = median(runs);
  report({ what: '`zwpack diff` of two rounds of a package, each with three 100-page DOCX and a 1,000-row table (an amount, a chapter and a row changed)', figure: `${ms.toFixed(0)} ms`, target: '< 1000 ms', ok: ms < 1000 });
}

// 5. A reviewer's many packages: N generated packages in one call, with its peak memory and CPU use
// (worker threads share the process, so its maximum RSS and CPU time cover them).
const scale = [];
{
  const probe = `process.on('exit', () => { const u = process.resourceUsage(); require('node:fs').writeSync(3, JSON.stringify({ rss: u.maxRSS, cpu: (u.userCPUTime + u.systemCPUTime) / 1000 })); }); process.argv.splice(1, 0, 'zwpack'); import(${JSON.stringify(join(root, 'bin/zwpack.js'))});`;
  for (const n of (process.env.BENCH_SCALE ?? '100,1000,5000').split(',').map(Number)) {
    const dir = join(work, `many-${n}`);
    // Five of each relation planted among the packages: what a year's comparison finds.
    generate(n, dir, { duplicates: Math.min(5, Math.floor(n / 10)) });
    if (n === 1000) {
      // The comparison of the packages with one another, against the same run without it (median of 3 each, alternating).
      const m = sideBySide([node, ['bin/zwpack.js', 'validate', '--recursive', dir, '--format', 'json', '--output', join(work, 'rel.json')], [0, 1]], [node, ['bin/zwpack.js', 'validate', '--recursive', dir, '--format', 'json', '--no-related', '--output', join(work, 'norel.json')], [0, 1]], 3, 1);
      const share = (m.cmd - m.base) / m.base;
      report({ what: '`validate --recursive` of 1,000 packages: comparing them with one another (codes, 重复建设, copied text), against the same run without it', figure: `${(m.cmd / 1000).toFixed(2)} s vs ${(m.base / 1000).toFixed(2)} s = ${(share * 100).toFixed(1)}% more`, target: '< 20%', ok: share < 0.2 });
    }
    const runs = [];
    for (let i = 0; i < (n <= 1000 ? 3 : 1); i++) {
      const t0 = process.hrtime.bigint();
      const r = spawnSync(node, ['-e', probe, 'validate', '--recursive', dir, '--format', 'json'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 20 });
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      // 1: the planted relations are findings (one code for two projects is an error).
      if (r.status !== 0 && r.status !== 1) throw new Error(`validate of ${n} generated packages exited ${r.status}`);
      runs.push({ ms, ...JSON.parse(r.output[3]) });
    }
    rmSync(dir, { recursive: true, force: true });
    const best = runs.sort((a, b) => a.ms - b.ms)[Math.floor(runs.length / 2)];
    scale.push({ n, ms: best.ms, perPackage: best.ms / n, rssMb: best.rss / 1024, cores: best.cpu / best.ms });
  }
  for (const s of scale) {
    const ok = s.perPackage <= 20 && s.rssMb <= 400;
    report({ what: `\`zwpack validate --recursive\` of ${s.n.toLocaleString('en')} generated packages`, figure: `${(s.ms / 1000).toFixed(2)} s = ${s.perPackage.toFixed(1)} ms per package, peak ${s.rssMb.toFixed(0)} MB, ${s.cores.toFixed(2)} cores busy`, target: '≤ 20 ms per package, ≤ 400 MB', ok });
  }
  if (scale.length >= 2) {
    const [a, b] = [scale.at(-2), scale.at(-1)];
    const growth = b.perPackage / a.perPackage;
    report({ what: `time linear in N: per-package time at ${b.n.toLocaleString('en')} over ${a.n.toLocaleString('en')}`, figure: `${growth.toFixed(2)}×`, target: '≤ 1.2×', ok: growth <= 1.2 });
  }
}

/** That report opened from disk in Debian's chromium, when installed: time to load, and frames while scrolling to the end. */
async function inChromium(file) {
  const exe = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(exe)) {
    report({ what: 'the 1,000-package report in Chromium', figure: 'chromium is not installed', target: 'opens and scrolls smoothly', ok: null });
    return;
  }
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: exe, args: ['--no-sandbox'] });
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  const t0 = Date.now();
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  const load = Date.now() - t0;
  // Scroll to the end in 60 steps, one per animation frame; the slowest frame says whether it stutters.
  const frames = await page.evaluate(async () => {
    const times = [];
    const step = document.body.scrollHeight / 60;
    let last = performance.now();
    for (let i = 1; i <= 60; i++) {
      window.scrollTo(0, i * step);
      await new Promise((r) => requestAnimationFrame(() => r()));
      const now = performance.now();
      times.push(now - last);
      last = now;
    }
    return times.sort((a, b) => a - b);
  });
  // Open 20 packages from the table, one after another: the time until the next frame shows it.
  const opened = await page.evaluate(async () => {
    const times = [];
    for (let i = 0; i < 1000; i += 50) {
      const t = performance.now();
      location.hash = `#pkg-${i}`;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));
      if (!document.querySelector(`#pkg-${i} svg.timeline`)) throw new Error(`#pkg-${i} did not open`);
      times.push(performance.now() - t);
    }
    return times.sort((a, b) => a - b);
  });
  await browser.close();
  const worst = frames.at(-1);
  report({ what: 'the 1,000-package report opened from disk in Chromium, then scrolled to the end in 60 frames', figure: `loaded in ${load} ms; median frame ${frames[30].toFixed(0)} ms, slowest ${worst.toFixed(0)} ms`, target: 'load < 3 s, no frame over 100 ms', ok: load < 3000 && worst <= 100 });
  report({ what: 'in it, 20 packages opened from the table one after another (until drawn)', figure: `median ${opened[10].toFixed(0)} ms, slowest ${opened.at(-1).toFixed(0)} ms`, target: '≤ 200 ms each', ok: opened.at(-1) <= 200 });
}

// 6. The HTML report of 1,000 generated packages with a first draft's faults against validating them,
// side by side, and its size.
{
  const dir = join(work, 'report-1000');
  generate(1000, dir, { faults: true });
  const out = join(work, 'report-1000.html');
  const m = sideBySide([node, ['bin/zwpack.js', 'report', '--recursive', dir, '--out', out], [1]], [node, ['bin/zwpack.js', 'validate', '--recursive', dir, '--format', 'json'], [1]], 3, 1);
  const ratio = m.cmd / m.base;
  const json = JSON.parse(spawnSync(node, ['bin/zwpack.js', 'validate', '--recursive', dir, '--format', 'json'], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30 }).stdout);
  const findings = json.packages.reduce((n, p) => n + p.findings.length, 0);
  const faulty = json.packages.filter((p) => p.findings.length > 0).length;
  report({ what: `\`zwpack report --recursive\` of 1,000 generated packages (${faulty} of them with findings, ${findings.toLocaleString('en')} in all), against \`validate --recursive\` of them`, figure: `${(m.cmd / 1000).toFixed(2)} s vs ${(m.base / 1000).toFixed(2)} s = ${ratio.toFixed(2)}×`, target: '≤ 2×', ok: ratio <= 2 });
  const mb = statSync(out).size / 1e6;
  report({ what: 'size of that report (one HTML file; past 8 MB of sections each package is stored deflated)', figure: `${mb.toFixed(2)} MB`, target: '< 10 MB', ok: mb < 10 });
  await inChromium(out);
  rmSync(dir, { recursive: true, force: true });
}

rmSync(work, { recursive: true, force: true });
const lines = [
  '# Benchmark results',
  '',
  `Machine: ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, Node ${process.version}. ` +
    `Median of ${RUNS} runs after ${WARMUP} warm-up runs (7 after 2 for render); each command alternates with its baseline.`,
  '',
  '| what | measured | target | |',
  '|---|---|---|---|',
  ...rows.map((r) => `| ${r.what} | ${r.figure} | ${r.target} | ${verdict(r)} |`),
  '',
  'Reproduce: `npm run bench` (the render row needs LibreOffice: `apt-get install libreoffice-writer-nogui`). ' +
    'The generated packages come from `node bench/generate.mjs N DIR [--faults]`: the six examples in turn, 4–44 rows of 信息资源目录, longer Markdown chapters; with `--faults` (the report rows) half the Markdown documents lose a chapter heading and a third of the packages get a funding amount that no longer adds up.',
  '',
];
writeFileSync(new URL('RESULTS.md', import.meta.url), lines.join('\n'));
if (rows.some((r) => r.ok === false)) process.exitCode = 1;
