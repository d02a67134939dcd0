// Build step: bundle the compiled CLI so a run loads a few modules instead of hundreds. Start-up time
// is most of a validate run, and each ES module costs its resolve and link: `main.js` holds commander
// and the options, and each command is one file of its own (`cmd-validate.js`…), loaded when it runs.
// Code the commands share is repeated in each file; disk is cheap, module loads at start-up are not.
import { cpSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'esbuild';

const OUT = 'dist/bundle';
rmSync(OUT, { recursive: true, force: true });
const common = {
  bundle: true,
  splitting: false,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outdir: OUT,
  logLevel: 'warning',
  // Whitespace and syntax only: names stay, so a --debug stack still reads; the installed size is a third less.
  minifyWhitespace: true,
  minifySyntax: true,
  // pdfkit is bundled too: it would read its 14 standard fonts' metrics from files beside its own
  // code, but zwpack never uses them (every document is opened with `font: null`).
  // yaml's ESM build (the one it gives browsers; it needs nothing from Node) lets esbuild drop what
  // zwpack does not call, and avoids a CommonJS wrapper evaluated on every start.
  // exceljs is loaded only for a package with a workbook, from node_modules as installed.
  external: ['exceljs', 'exceljs/*', 'pdfjs-dist', 'pdfjs-dist/*'],
  alias: { yaml: './node_modules/yaml/browser/index.js', 'brotli/decompress.js': './scripts/bundle-stubs/no-brotli.mjs' },
  // Bundled CommonJS code (ajv runtime, yaml's dependencies) still calls require().
  banner: { js: "import { createRequire as __zwRequire } from 'node:module'; const require = __zwRequire(import.meta.url);" },
};

// The command modules main.js loads on demand (`await import('./validate.js')`); a command importing
// another (`import('./render.js')`) loads that command's own file too. Each command is a CommonJS file
// (cmd-validate.cjs…) loaded through scripts/bundle-stubs/load-command.mjs, which can hand V8 the code
// cache the build makes for it; ES modules have no such door on Node 20.
const commands = [...new Set([...readFileSync('dist/cli/main.js', 'utf8').matchAll(/import\(['"]\.\/([\w-]+)\.js['"]\)/g)].map((m) => m[1]))];
if (commands.length === 0) throw new Error('no command imports found in dist/cli/main.js');
const loader = resolve('scripts/bundle-stubs/load-command.mjs');
const commandsApart = {
  name: 'commands-apart',
  setup(b) {
    b.onResolve({ filter: /^\.\/[\w-]+\.js$/ }, (args) => {
      const name = args.path.slice(2, -3);
      return /\/cli\/[\w-]+\.js$/.test(args.importer) && commands.includes(name) ? { path: name, namespace: 'command' } : undefined;
    });
    b.onLoad({ filter: /.*/, namespace: 'command' }, (args) => ({
      contents: `module.exports = require(${JSON.stringify(loader)}).loadCommand(${JSON.stringify(args.path)});`,
      loader: 'js',
      resolveDir: process.cwd(),
    }));
  },
};
// In a command file, import() goes through the loader's function (see import-esm.mjs).
const importEsmStub = {
  name: 'import-esm',
  setup(b) {
    b.onResolve({ filter: /\/import-esm\.js$/ }, () => ({ path: resolve('scripts/bundle-stubs/import-esm.mjs') }));
  },
};
await build({ ...common, entryPoints: { main: 'dist/cli/main.js' }, plugins: [commandsApart] });
// Dynamic imports inside a command (a report format, the HTML view) stay in its file, evaluated only when used.
await build({
  ...common,
  format: 'cjs',
  outExtension: { '.js': '.cjs' },
  entryPoints: Object.fromEntries(commands.map((c) => [`cmd-${c}`, `dist/cli/${c}.js`])),
  plugins: [commandsApart, importEsmStub],
  // The code reads import.meta.url for files beside it (the worker, dist/vendor/): the command file's own.
  define: { 'import.meta.url': '__zwUrl' },
  banner: { js: "const __zwUrl = require('node:url').pathToFileURL(__filename).href;" },
});
// The worker thread of a many-package validate, beside the code that starts it.
await build({ ...common, entryPoints: { 'validate-worker': 'dist/validate/validate-worker.js' } });
// The precompiled validators are loaded by path at run time, beside the code that loads them.
cpSync('dist/schema/validators', `${OUT}/validators`, { recursive: true });
cpSync('dist/outline/outline-validators', `${OUT}/outline-validators`, { recursive: true });
