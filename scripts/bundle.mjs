// Build step: bundle the compiled CLI into a few files (one chunk per command), so a run
// loads a handful of modules instead of hundreds. Start-up time is most of a validate run.
import { cpSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

// Chunk names carry a content hash: start clean so old chunks do not pile up.
rmSync('dist/bundle', { recursive: true, force: true });
await build({
  // The worker thread of a many-package validate is an entry of its own, beside main.js.
  entryPoints: ['dist/cli/main.js', 'dist/validate/validate-worker.js'],
  entryNames: '[name]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outdir: 'dist/bundle',
  logLevel: 'warning',
  // pdfkit is bundled too: it would read its 14 standard fonts' metrics from files beside its own
  // code, but zwpack never uses them (every document is opened with `font: null`).
  // yaml's ESM build (the one it gives browsers; it needs nothing from Node) lets esbuild drop what
  // zwpack does not call, and avoids a CommonJS wrapper evaluated on every start.
  // exceljs is loaded only for a package with a workbook, from node_modules as installed.
  external: ['exceljs', 'exceljs/*'],
  alias: { yaml: './node_modules/yaml/browser/index.js', 'brotli/decompress.js': './scripts/bundle-stubs/no-brotli.mjs' },
  // Bundled CommonJS code (ajv runtime, yaml's dependencies) still calls require().
  banner: { js: "import { createRequire as __zwRequire } from 'node:module'; const require = __zwRequire(import.meta.url);" },
});
// The precompiled validators are loaded by path at run time, beside the code that loads them.
cpSync('dist/schema/validators', 'dist/bundle/validators', { recursive: true });
cpSync('dist/outline/outline-validators', 'dist/bundle/outline-validators', { recursive: true });
