// The least a PDF with Chinese text costs with pdfkit on this Node: import pdfkit, open one page,
// write one line in the bundled CJK face (subset and embedded), end. A bench reference for render.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';

const require = createRequire(import.meta.url);
const font = join(dirname(require.resolve('@expo-google-fonts/noto-serif-sc/package.json')), '400Regular', 'NotoSerifSC_400Regular.ttf');
const doc = new PDFDocument({ font: null, size: 'A4' });
doc.font(font).fontSize(16).text('金湖县政务信息化项目计划申报表');
doc.on('data', () => {});
doc.end();
