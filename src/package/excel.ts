import { createRequire } from 'node:module';
import { vendored } from '../fs/vendored.js';

const require = createRequire(import.meta.url);

/**
 * exceljs from its single-file build without polyfills: the same library, compiled from one file in
 * ~40 ms, where its default entry loads some hundred modules in ~190 ms. Reading and writing
 * buffers is all zwpack does with it; workbooks are read by sheet-read.ts, which streams them.
 */
export async function loadExcel(): Promise<typeof import('exceljs')> {
  return require(vendored('exceljs.bare.min.cjs', 'exceljs', 'dist/exceljs.bare.min.js')) as typeof import('exceljs');
}
