// Bundled into main.js and each command file: loads a command's file (cmd-<name>.cjs, CommonJS) with
// the V8 code cache the build made beside it by running the command (scripts/code-cache.mjs), so a run
// skips compiling the functions it calls — most of what a short command costs after Node's own start.
// A cache V8 does not accept (another Node, other flags) is ignored and the file compiled afresh.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

/**
 * import() as this process's ES module loader does it. A compiled script cannot call import() itself
 * without an experimental flag, so each command file gets this function as `__zwImport` (which
 * import-esm.mjs calls), and passes its own on to a command it loads.
 */
// eslint-disable-next-line no-undef
const importEsm = typeof __zwImport === 'function' ? __zwImport : (url) => import(url);

const loaded = new Map();

export function loadCommand(name) {
  const file = fileURLToPath(new URL(`./cmd-${name}.cjs`, import.meta.url));
  let exports = loaded.get(file);
  if (exports) return exports;
  const cache = `${file}.v8cache`;
  const script = new Script(`(function (exports, require, module, __filename, __dirname, __zwImport) {${readFileSync(file, 'utf8')}\n})`, {
    filename: file,
    ...(existsSync(cache) ? { cachedData: readFileSync(cache) } : {}),
  });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file), importEsm);
  exports = module.exports;
  // The build's own runs (scripts/code-cache.mjs) keep what they compiled.
  if (process.env.ZWPACK_WRITE_CODE_CACHE === '1') process.once('exit', () => writeFileSync(cache, script.createCachedData()));
  loaded.set(file, exports);
  return exports;
}
