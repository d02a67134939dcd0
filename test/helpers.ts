import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../', import.meta.url));
export const BIN = join(ROOT, 'bin', 'zwpack.js');
export const EXAMPLES = {
  national: 'examples/national-shuili-gongxiang',
  jinhu: 'examples/jinhu-yiwangtongguan',
  bazhong: 'examples/bazhong-zhihui-yibao',
  xiangfen: 'examples/xiangfen-yiwangtongban',
  gulou: 'examples/gulou-shuju-zhongtai',
  jilin: 'examples/jilin-budongchan',
} as const;

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Run the built CLI as a user would, without a terminal. */
export function zwpack(args: string[], cwd = ROOT): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function tempDir(prefix = 'zwpack-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A private copy of an example, to mutate. */
export function copyExample(profile: keyof typeof EXAMPLES): string {
  const dir = join(tempDir(), 'pkg');
  cpSync(join(ROOT, EXAMPLES[profile]), dir, { recursive: true });
  return dir;
}

/** Replace text in a file; fails loudly when the text is not there, so a test never mutates nothing. */
export function edit(file: string, from: string, to: string, all = false): void {
  if (file.endsWith('.docx')) {
    // A Word file: edit the text of its body (word/document.xml) and zip it again.
    const parts = unzipSync(readFileSync(file));
    const xml = strFromU8(parts['word/document.xml']!);
    if (!xml.includes(from)) throw new Error(`${file} does not contain ${from}`);
    parts['word/document.xml'] = strToU8(xml.replaceAll(from, to)); // the heading and its table-of-contents entry
    writeFileSync(file, zipSync(parts));
    return;
  }
  const text = readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} does not contain ${from}`);
  writeFileSync(file, all ? text.replaceAll(from, to) : text.replace(from, to));
}

/**
 * 1-based line and column of `needle`, looked for inside the first occurrence of
 * `context` (default: the needle itself), so text in comments is not mistaken for it.
 */
export function positionOf(file: string, context: string, needle = context): { line: number; column: number } {
  const text = readFileSync(file, 'utf8');
  const start = text.indexOf(context);
  if (start < 0 || !context.includes(needle)) throw new Error(`${context} not in ${file}`);
  const at = start + context.indexOf(needle);
  const before = text.slice(0, at).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

export interface JsonFinding {
  ruleId: string;
  severity: string;
  message: string;
  file: string;
  line: number;
  column: number;
  source: string | null;
  place?: string;
  cell?: string;
}

/** Tests measure deadlines on a fixed day, so they do not change with the calendar. */
export const AS_OF = '2026-11-22';

/**
 * Validate as JSON. `findings` leaves out the one note that regulation rules were skipped
 * because project.yaml has errors (tested on its own), so schema tests can compare exactly.
 */
export function validateJson(dir: string, extra: string[] = []): { status: number | null; findings: JsonFinding[]; all: JsonFinding[]; stderr: string } {
  const r = zwpack(['validate', dir, '--format', 'json', '--as-of', AS_OF, ...extra]);
  const parsed = JSON.parse(r.stdout) as { packages: { findings: JsonFinding[] }[] };
  const all = parsed.packages.flatMap((p) => p.findings);
  return { status: r.status, findings: all.filter((f) => f.ruleId !== 'rules'), all, stderr: r.stderr };
}
