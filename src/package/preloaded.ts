import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../i18n/lang.js';
import type { YamlFile } from './yaml-file.js';

// Workbooks are read asynchronously (exceljs) before the synchronous load of a package picks them
// up here; a package without one never loads the workbook reader.
const cache = new Map<string, YamlFile>();

/** The workbook table read for this path, if it was. */
export const preloaded = (abs: string): YamlFile | undefined => cache.get(abs);

/** Read every tables/*.xlsx of a package folder (a no-op for a YAML-only package). */
export async function preloadWorkbooks(dir: string, lang: Lang): Promise<void> {
  const tdir = join(dir, 'tables');
  if (!existsSync(tdir) || !statSync(tdir).isDirectory()) return;
  const names = readdirSync(tdir).filter((n) => /\.xlsx$/i.test(n));
  if (names.length === 0) return;
  const { readWorkbookTable } = await import('./workbook.js');
  for (const name of names) {
    const abs = join(tdir, name);
    if (!statSync(abs).isFile()) continue;
    cache.set(abs, await readWorkbookTable(abs, `tables/${name}`, lang));
  }
}
