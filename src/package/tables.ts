import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { assetPath } from './assets.js';

export interface TableEntry {
  title: string;
  file: string;
  schema: string;
}

let registry: Record<string, TableEntry> | null = null;

/** The annex tables zwpack knows (templates/tables.yaml). */
export function readTablesRegistry(): Record<string, TableEntry> {
  registry ??= parse(readFileSync(assetPath('templates', 'tables.yaml'), 'utf8')) as Record<string, TableEntry>;
  return registry;
}
