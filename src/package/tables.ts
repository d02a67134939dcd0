import { readDataYaml } from '../data/data-file.js';

export interface TableEntry {
  title: string;
  file: string;
  schema: string;
  /** Other titles a column goes by in real tables: field → titles. */
  headers?: Record<string, string[]>;
}

let registry: Record<string, TableEntry> | null = null;

/** The annex tables zwpack knows (templates/tables.yaml). */
export function readTablesRegistry(): Record<string, TableEntry> {
  registry ??= readDataYaml('templates', 'tables.yaml') as Record<string, TableEntry>;
  return registry;
}
