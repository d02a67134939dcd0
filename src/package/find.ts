import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FACTS_FILE } from './load.js';

const SKIP = new Set(['node_modules', 'out', 'dist']);

/** Every package folder (one holding project.yaml) at or below `root`, in a stable order. */
export function findPackages(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    const entries = readdirSync(dir, { withFileTypes: true });
    if (entries.some((e) => e.isFile() && e.name === FACTS_FILE)) {
      found.push(dir);
      return; // a package's own folders (docs/, materials/) hold no packages
    }
    for (const e of entries.sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }))) {
      if (e.isDirectory() && !e.name.startsWith('.') && !SKIP.has(e.name)) walk(join(dir, e.name));
    }
  };
  walk(root);
  return found;
}
