// Build step: bundle the compiled CLI into a few files (one chunk per command), so a run
// loads a handful of modules instead of hundreds. Start-up time is most of a validate run.
import { copyFileSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

// Chunk names carry a content hash: start clean so old chunks do not pile up.
rmSync('dist/bundle', { recursive: true, force: true });
await build({
  entryPoints: ['dist/cli/main.js'],
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outdir: 'dist/bundle',
  logLevel: 'warning',
  // pdfkit reads its font metrics from files beside its own code: load it from node_modules.
  external: ['pdfkit'],
  // Bundled CommonJS code (ajv runtime, yaml's dependencies) still calls require().
  banner: { js: "import { createRequire as __zwRequire } from 'node:module'; const require = __zwRequire(import.meta.url);" },
});
// The precompiled validators are loaded by path at run time, beside the code that loads them.
copyFileSync('dist/schema/validators.cjs', 'dist/bundle/validators.cjs');
copyFileSync('dist/outline/outline-validators.cjs', 'dist/bundle/outline-validators.cjs');
