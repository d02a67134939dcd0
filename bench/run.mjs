// Measures whole zwpack commands as processes, each beside its baseline in the same run,
// and writes bench/RESULTS.md. Figures are ratios, so a slower or busier machine still compares.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { longDocx } from './long-docx.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const node = process.execPath;
const RUNS = Number(process.env.BENCH_RUNS ?? 21);
const WARMUP = 3;
const work = mkdtempSync(join(tmpdir(), 'zwpack-bench-'));

function time(cmd, args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'ignore' });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}`);
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
const report = (row) => {
  rows.push(row);
  console.log(`${row.what}: ${row.figure} (target ${row.target}) ${row.ok === null ? 'not measured' : row.ok ? 'ok' : 'MISSED'}`);
};

// 1, 2. Start-up bound commands against `node -e 0`.
for (const c of [
  { what: '`zwpack --help`', args: ['bin/zwpack.js', '--help'], target: 1.5 },
  { what: '`zwpack validate` one example (jilin, three DOCX documents)', args: ['bin/zwpack.js', 'validate', 'examples/jilin-budongchan'], target: 3 },
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
    report({ what: `\`zwpack render --all --to pdf\` (jinhu, ${docx.length} forms)`, figure: `${m.cmd.toFixed(0)} ms vs LibreOffice converting the same ${docx.length} DOCX ${m.base.toFixed(0)} ms = ${ratio.toFixed(2)}× faster`, target: '≥ 5× faster', ok: ratio >= 5 });
  } else {
    report({ what: '`zwpack render --all --to pdf` (jinhu)', figure: 'LibreOffice (soffice) is not installed: no baseline', target: '≥ 5× faster', ok: null });
  }
}

// 4. The outline of a 500-page Word document, read in one process (median of 7).
{
  const file = join(work, 'long.docx');
  await longDocx(file);
  const script = `import('${join(root, 'dist/outline/package.js')}').then((m) => { const t = process.hrtime.bigint(); const o = m.readOutline(${JSON.stringify(file)}, 'zh'); process.stdout.write(String(Number(process.hrtime.bigint() - t) / 1e6) + ' ' + o.headings.length); })`;
  const runs = Array.from({ length: 7 }, () => spawnSync(node, ['-e', script], { encoding: 'utf8' }).stdout.split(' ').map(Number));
  const ms = median(runs.map((r) => r[0]));
  report({ what: `outline of a 500-page DOCX (${runs[0][1]} headings; 480–510 pages as LibreOffice lays it out)`, figure: `${ms.toFixed(0)} ms`, target: '< 1000 ms', ok: ms < 1000 });
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
  ...rows.map((r) => `| ${r.what} | ${r.figure} | ${r.target} | ${r.ok === null ? 'not measured' : r.ok ? 'ok' : 'missed'} |`),
  '',
  'Reproduce: `npm run bench` (the render row needs LibreOffice: `apt-get install libreoffice-writer-nogui`).',
  '',
];
writeFileSync(new URL('RESULTS.md', import.meta.url), lines.join('\n'));
if (rows.some((r) => r.ok === false)) process.exitCode = 1;
