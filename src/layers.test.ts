import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// Each folder of src/ sits on a layer and imports only from lower layers (or itself): the CLI on top,
// then the commands, the checks and outputs, the package and its data, the domain model, the basics.
const LAYERS: string[][] = [
  ['i18n', 'findings', 'version', 'types', 'arrays', 'xml-chars'],
  ['fs', 'data', 'office'],
  ['calendar'],
  ['model'],
  ['profiles'],
  ['forms'],
  ['package'],
  ['schema'],
  ['materials'],
  ['document'],
  ['outline'],
  ['rules'],
  ['pipeline'],
  ['diff', 'corpus'],
  ['checklist', 'render', 'report', 'init', 'import'],
  ['opinion'],
  ['validate'],
  ['cli'],
];
const SRC = resolve(import.meta.dirname);
const layerOf = (folder: string): number => LAYERS.findIndex((l) => l.includes(folder));
const folderOf = (file: string): string => relative(SRC, file).split(/[\\/]/)[0]!.replace(/\.(ts|js)$/, '');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [join(dir, e.name)] : []));
}

describe('layers', () => {
  const files = sources(SRC);

  it('every folder of src/ has a layer', () => {
    expect([...new Set(files.map(folderOf))].filter((f) => layerOf(f) < 0)).toEqual([]);
  });

  it('no module imports from a layer above its own, nor from another folder of its layer', () => {
    const wrong: string[] = [];
    for (const file of files) {
      const from = folderOf(file);
      for (const m of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)) {
        const to = folderOf(resolve(dirname(file), m[1]!));
        if (to !== from && layerOf(to) >= layerOf(from)) wrong.push(`${relative(SRC, file)} → ${m[1]}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
