// Build step: zwpack's own YAML data (profiles/, templates/) as JSON under dist/data/, which
// src/data/data-file.ts reads instead of parsing YAML on every run.
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = fileURLToPath(new URL('../', import.meta.url));
const files = ['profiles', 'templates'].flatMap((d) =>
  readdirSync(join(root, d), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.yaml')).map((f) => join(root, d, f)),
);
for (const file of files) {
  const out = join(root, 'dist', 'data', relative(root, file)) + '.json';
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out + '.tmp', JSON.stringify(parse(readFileSync(file, 'utf8'))));
  renameSync(out + '.tmp', out);
}
console.log(`precompiled ${files.length} data files`);
