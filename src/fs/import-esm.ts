/**
 * import() of an ES module by URL (pdfjs-dist ships only as one). A module of its own so the build can
 * give the commands, which it loads as compiled scripts with their code caches, an import() of the
 * process's own module loader (scripts/bundle-stubs/load-command.mjs).
 */
export function importEsm<T>(url: string): Promise<T> {
  return import(url) as Promise<T>;
}
