// Build step, after the bundle: a V8 code cache beside each precompiled validator and each command
// file, made after running it on the examples (so the functions a real run calls are in it). Loading a
// large validator with its cache takes about half the time (a validate run loads four); a command
// with its cache skips compiling what it calls, a tenth of a short validate.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { compileValidatorFile } from '../dist/schema/ahead.js';

const examples = readdirSync('examples').map((d) => join('examples', d)).filter((d) => existsSync(join(d, 'project.yaml')));
const facts = examples.map((d) => parse(readFileSync(join(d, 'project.yaml'), 'utf8')));
const tables = examples.flatMap((d) => (existsSync(join(d, 'tables')) ? readdirSync(join(d, 'tables')).filter((f) => f.endsWith('.yaml')).map((f) => parse(readFileSync(join(d, 'tables', f), 'utf8'))) : []));

/** Data to run a validator on: its profile's example facts, every example table, or an outline's headings. */
function samples(key) {
  if (key.startsWith('project_')) return facts.filter((f) => f.profile === key.slice('project_'.length)).concat([{}]);
  if (key.startsWith('table_')) return tables;
  return [{ keys: [], facts: {} }];
}

let n = 0;
for (const dir of ['dist/bundle/validators', 'dist/bundle/outline-validators']) {
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.cjs'))) {
    const file = join(process.cwd(), dir, name);
    const key = name.slice(0, -'.cjs'.length);
    const { script, exports } = compileValidatorFile(file);
    for (const s of samples(key)) exports[key](s);
    writeFileSync(`${file}.v8cache`, script.createCachedData());
    n++;
  }
}

// Each command once, as a user runs it, in a process that writes the caches of the command files it
// loaded when it exits (load-command.mjs). A command that loads another (report → validate) runs
// before that one's own run, which then writes its cache last.
const tmp = mkdtempSync(join(tmpdir(), 'zwpack-cache-'));
cpSync('examples/jilin-budongchan', join(tmp, 'tables'), { recursive: true });
const runs = [
  ['init', join(tmp, 'init'), '--profile', 'jilin', '--yes'],
  ['report', ...examples, '--out', join(tmp, 'report.html')],
  ['checklist', 'examples/jilin-budongchan', '--output', join(tmp, 'checklist.txt')],
  ['render', 'examples/jilin-budongchan', '--all', '--to', 'docx,pdf', '--out', join(tmp, 'render')],
  ['import', 'test/fixtures/submissions/consistent', join(tmp, 'import')],
  ['tables', 'convert', join(tmp, 'tables'), '--to', 'xlsx'],
  ['rules', '--profile', 'jilin'],
  ['explain', 'JL-CHANGE-15'],
  ['profile', 'check', 'profiles/jilin.yaml'],
  ['opinion', 'examples/national-shuili-gongxiang', '--out', join(tmp, 'opinion'), '--date', '2026-12-01'],
  ['diff', 'examples/national-shuili-gongxiang', 'examples/jilin-budongchan', '--output', join(tmp, 'diff.txt')],
  ['validate', ...examples],
];
for (const args of runs) {
  const r = spawnSync(process.execPath, ['bin/zwpack.js', ...args], { env: { ...process.env, ZWPACK_WRITE_CODE_CACHE: '1' }, stdio: 'ignore' });
  if (r.status === 2 || r.signal) throw new Error(`zwpack ${args.join(' ')} exited ${r.status ?? r.signal} while making code caches`);
}
rmSync(tmp, { recursive: true, force: true });
const uncached = readdirSync('dist/bundle').filter((f) => f.endsWith('.cjs') && !existsSync(join('dist/bundle', `${f}.v8cache`)));
// A command no run above loads would start without its cache: add a run for it.
if (uncached.length > 0) throw new Error(`no code cache made for ${uncached.join(', ')}: add a run of the command to scripts/code-cache.mjs`);
const commands = readdirSync('dist/bundle').filter((f) => f.endsWith('.cjs.v8cache')).length;
console.log(`code caches for ${n} validators and ${commands} commands`);
