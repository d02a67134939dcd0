// Measures whole zwpack commands as processes, each beside its baseline in the same run,
// and writes bench/RESULTS.md. Figures are ratios, so a slower or busier machine still compares.
import { spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const node = process.execPath;
const RUNS = Number(process.env.BENCH_RUNS ?? 21);
const WARMUP = 3;

function time(args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(node, args, { cwd: root, stdio: 'ignore' });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}`);
  return ms;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

/** Alternate the command and its baseline so both see the same machine state. */
function sideBySide(cmd, base) {
  for (let i = 0; i < WARMUP; i++) { time(cmd); time(base); }
  const a = [], b = [];
  for (let i = 0; i < RUNS; i++) { a.push(time(cmd)); b.push(time(base)); }
  return { cmd: median(a), base: median(b) };
}

const baseline = ['-e', '0'];
const cases = [
  { what: '`zwpack --help`', args: ['bin/zwpack.js', '--help'], target: 1.5 },
  { what: '`zwpack validate` one example (jilin)', args: ['bin/zwpack.js', 'validate', 'examples/jilin-budongchan'], target: 3 },
];

const rows = [];
for (const c of cases) {
  const m = sideBySide(c.args, baseline);
  const ratio = m.cmd / m.base;
  rows.push({ ...c, ...m, ratio });
  console.log(`${c.what}: ${m.cmd.toFixed(1)} ms vs node -e 0 ${m.base.toFixed(1)} ms = ${ratio.toFixed(2)}× (target ≤ ${c.target}×) ${ratio <= c.target ? 'ok' : 'MISSED'}`);
}

const lines = [
  '# Benchmark results',
  '',
  `Machine: ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, Node ${process.version}. ` +
    `Median of ${RUNS} runs after ${WARMUP} warm-up runs; each command alternates with its baseline.`,
  '',
  '| what | median | baseline `node -e 0` | ratio | target | |',
  '|---|---|---|---|---|---|',
  ...rows.map((r) => `| ${r.what} | ${r.cmd.toFixed(1)} ms | ${r.base.toFixed(1)} ms | ${r.ratio.toFixed(2)}× | ≤ ${r.target}× | ${r.ratio <= r.target ? 'ok' : 'missed'} |`),
  '',
  'Reproduce: `npm run bench`.',
  '',
];
writeFileSync(new URL('RESULTS.md', import.meta.url), lines.join('\n'));
if (rows.some((r) => r.ratio > r.target)) process.exitCode = 1;
