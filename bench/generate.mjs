// Makes N synthetic but valid packages from the shipped examples, varying the profile (each
// example in turn), the size (up to 40 more rows in 信息资源目录, longer Markdown chapters) and the
// documents (Word for 吉林, Markdown for the others). With `faults`, most packages also have what a
// first draft has: a chapter left out here and there, a funding amount that does not add up.
// Usage: node bench/generate.mjs N DIR [--faults]
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { parseDocument } from 'yaml';

const root = fileURLToPath(new URL('../', import.meta.url));
const examples = readdirSync(join(root, 'examples'))
  .filter((d) => existsSync(join(root, 'examples', d, 'project.yaml')))
  .sort()
  .map((d) => join(root, 'examples', d));

/** A small deterministic generator, so a run can be repeated exactly. */
function random(seed) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

export function generate(n, out, { seed = 1, faults = false } = {}) {
  const rnd = random(seed);
  mkdirSync(out, { recursive: true });
  const width = String(n).length;
  const dirs = [];
  for (let i = 0; i < n; i++) {
    const example = examples[i % examples.length];
    const dir = join(out, `pkg-${String(i + 1).padStart(width, '0')}`);
    cpSync(example, dir, { recursive: true });
    // A name of its own, so no two packages print the same.
    const facts = join(dir, 'project.yaml');
    const doc = parseDocument(readFileSync(facts, 'utf8'));
    const [oldName, name] = [doc.get('name'), `${doc.get('name')}（样本${i + 1}）`];
    doc.set('name', name);
    writeFileSync(facts, doc.toString());
    // The documents name the project too: on the cover and after 项目名称：.
    for (const f of readdirSync(join(dir, 'docs'))) {
      const file = join(dir, 'docs', f);
      if (f.endsWith('.md')) writeFileSync(file, readFileSync(file, 'utf8').replaceAll(oldName, name));
      if (f.endsWith('.docx')) {
        const z = unzipSync(readFileSync(file));
        z['word/document.xml'] = strToU8(strFromU8(z['word/document.xml']).replaceAll(oldName, name));
        writeFileSync(file, zipSync(z));
      }
    }
    // More resources in the catalogue: a table of 4 to 44 rows.
    const catalogue = join(dir, 'tables', '信息资源目录.yaml');
    if (existsSync(catalogue)) {
      const t = parseDocument(readFileSync(catalogue, 'utf8'));
      const rows = t.get('rows');
      const first = rows.items[0].toJSON();
      for (let k = 1, extra = Math.floor(rnd() * 41); k <= extra; k++) rows.add(t.createNode({ ...first, name: `${first.name}（分项${k}）` }));
      writeFileSync(catalogue, t.toString());
    }
    // Longer Markdown documents: paragraphs under each chapter.
    const docs = join(dir, 'docs');
    for (const f of readdirSync(docs).filter((f) => f.endsWith('.md'))) {
      const paras = Math.floor(rnd() * 6);
      let text = readFileSync(join(docs, f), 'utf8').replace(/^(## .*)$/gm, (h) => `${h}\n\n${'本章按编写提示展开，数据取自项目事实。\n\n'.repeat(paras)}`);
      // Half the documents lose one chapter heading.
      if (faults && rnd() < 0.5) {
        const heads = [...text.matchAll(/^## .*$/gm)];
        const drop = heads[1 + Math.floor(rnd() * (heads.length - 1))];
        if (drop) text = text.slice(0, drop.index) + text.slice(drop.index + drop[0].length);
      }
      writeFileSync(join(docs, f), text);
    }
    // A third of the packages: a funding source that no longer adds up to the approved total.
    if (faults && rnd() < 0.3) {
      const text = readFileSync(facts, 'utf8');
      writeFileSync(facts, text.replace(/^(\s+amount: )(\d+(?:\.\d+)?)$/m, (_, k, v) => `${k}${Math.round((Number(v) + 7.5) * 100) / 100}`));
    }
    dirs.push(dir);
  }
  return dirs;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [n, out] = [Number(process.argv[2]), process.argv[3]];
  if (!Number.isInteger(n) || n < 1 || !out) {
    console.error('usage: node bench/generate.mjs N DIR [--faults]');
    process.exit(2);
  }
  generate(n, out, { faults: process.argv.includes('--faults') });
  console.log(`${n} packages in ${out}`);
}
