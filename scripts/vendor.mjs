// Build step: copy into dist/vendor/ the parts of libraries an installed zwpack uses at run time, so
// a user's install carries only ajv (the precompiled validators require its runtime): pdfjs-dist's
// text reader and its Chinese CMaps (not the Japanese and Korean ones, nor its viewer), exceljs's
// single-file build, chinese-days's calendar, the inflater the HTML report embeds, and the two Noto
// Serif SC weights the PDF forms are set in (not the other six). Each keeps its licence beside it.
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const OUT = 'dist/vendor';
const pkg = (name) => dirname(require.resolve(`${name}/package.json`));
const copy = (from, to) => {
  mkdirSync(dirname(join(OUT, to)), { recursive: true });
  cpSync(from, join(OUT, to));
};

rmSync(OUT, { recursive: true, force: true });

const pdfjs = pkg('pdfjs-dist');
// The minified build imports its worker as ./pdf.worker.mjs: the minified worker goes under that name.
copy(join(pdfjs, 'legacy/build/pdf.min.mjs'), 'pdfjs/pdf.mjs');
copy(join(pdfjs, 'legacy/build/pdf.worker.min.mjs'), 'pdfjs/pdf.worker.mjs');
copy(join(pdfjs, 'LICENSE'), 'pdfjs/LICENSE');
const CHINESE = /^(Adobe-GB1|Adobe-CNS1|UniGB|UniCNS|GB|CNS|B5|ETen|ETHK|HK)/;
const cmaps = readdirSync(join(pdfjs, 'cmaps')).filter((f) => f === 'LICENSE' || (f.endsWith('.bcmap') && CHINESE.test(f)));
if (!cmaps.includes('UniGB-UCS2-H.bcmap') || !cmaps.includes('Adobe-GB1-UCS2.bcmap')) throw new Error('pdfjs-dist has no Chinese CMaps where expected');
for (const f of cmaps) copy(join(pdfjs, 'cmaps', f), join('pdfjs/cmaps', f));

// .cjs: under zwpack's "type": "module" a .js file would be read as an ES module.
const exceljs = pkg('exceljs');
copy(join(exceljs, 'dist/exceljs.bare.min.js'), 'exceljs.bare.min.cjs');
copy(join(exceljs, 'LICENSE'), 'exceljs.LICENSE');

const days = pkg('chinese-days');
copy(join(days, 'dist/chinese-days.json'), 'chinese-days/chinese-days.json');
copy(join(days, 'LICENSE'), 'chinese-days/LICENSE');

// Not run by zwpack: the HTML report carries this inflater for its packed sections.
const inflate = pkg('tiny-inflate');
for (const f of ['index.js', 'LICENSE']) copy(join(inflate, f), join('tiny-inflate', f));

const noto = pkg('@expo-google-fonts/noto-serif-sc');
for (const weight of ['400Regular', '700Bold']) copy(join(noto, weight, `NotoSerifSC_${weight}.ttf`), `fonts/NotoSerifSC_${weight}.ttf`);
copy(join(noto, 'LICENSE_FONT'), 'fonts/LICENSE_FONT');

console.log(`vendored pdfjs-dist (${cmaps.length - 1} Chinese CMaps), exceljs, chinese-days, tiny-inflate and 2 font weights`);
