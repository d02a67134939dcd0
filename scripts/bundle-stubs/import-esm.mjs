// src/fs/import-esm.ts inside a command file: the import() its loader passed in (load-command.mjs).
// eslint-disable-next-line no-undef
export const importEsm = (url) => __zwImport(url);
