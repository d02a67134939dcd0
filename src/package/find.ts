import { readdirSync, realpathSync, statSync } from 'node:fs';
import type { Dirent } from 'node:fs';
import { join } from 'node:path';
import { FACTS_FILE } from './load.js';

const SKIP = new Set(['node_modules', 'out', 'dist']);

export interface Found {
  /** Every package folder (one holding project.yaml), in a stable order. */
  packages: string[];
  /** Folders that could not be listed (a colleague's folder without read permission), with the error. */
  unreadable: { path: string; error: unknown }[];
  /** Links to folders already walked (the same package twice, or a link back up the tree): skipped. */
  repeated: string[];
}

/** The packages at or below `root`; a folder that cannot be listed is reported, and the walk goes on. */
export function findPackages(root: string): Found {
  const found: Found = { packages: [], unreadable: [], repeated: [] };
  // Each real folder once: a symlinked package is checked where the link stands, a cycle ends.
  const seen = new Set<string>();
  const walk = (dir: string): void => {
    let real: string;
    try {
      real = realpathSync(dir);
    } catch (error) {
      found.unreadable.push({ path: dir, error });
      return;
    }
    if (seen.has(real)) {
      found.repeated.push(dir);
      return;
    }
    seen.add(real);
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      found.unreadable.push({ path: dir, error });
      return;
    }
    if (entries.some((e) => e.isFile() && e.name === FACTS_FILE)) {
      found.packages.push(dir);
      return; // a package's own folders (docs/, materials/) hold no packages
    }
    for (const e of entries.sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }))) {
      if (e.name.startsWith('.') || SKIP.has(e.name)) continue;
      if (e.isDirectory() || (e.isSymbolicLink() && isFolder(join(dir, e.name)))) walk(join(dir, e.name));
    }
  };
  walk(root);
  return found;
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false; // a dangling link
  }
}
