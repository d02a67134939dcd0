// One workbook or DOCX read in its own process: `node bench/read-table.mjs zwpack|exceljs|docx FILE`
// prints the milliseconds the read took (start-up and imports left out), the peak memory in MB and
// what the reader said.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const [reader, file] = process.argv.slice(2);
const dist = new URL('../dist/', import.meta.url);
let run;
if (reader === 'zwpack') {
  const { readWorkbookTable } = await import(new URL('package/workbook.js', dist));
  run = async () => {
    const yf = await readWorkbookTable(file, 'tables/软硬件配置清单.xlsx', 'zh');
    return `${yf.data?.rows?.length ?? 0} rows; ${yf.findings[0]?.message ?? 'no finding'}`;
  };
} else if (reader === 'exceljs') {
  const ExcelJS = createRequire(import.meta.url)('exceljs');
  run = async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(file), { ignoreNodes: ['dataValidations', 'conditionalFormatting', 'extLst', 'drawing', 'picture', 'hyperlinks'] });
    return `${wb.worksheets[0].rowCount} rows`;
  };
} else {
  const { readDocx } = await import(new URL('document/read-docx.js', dist));
  run = async () => {
    try {
      return `${readDocx(readFileSync(file)).paragraphs.length} paragraphs`;
    } catch (err) {
      return err.zh ?? err.message;
    }
  };
}
const t0 = performance.now();
const said = await run();
const ms = performance.now() - t0;
console.log(JSON.stringify({ ms, mb: process.resourceUsage().maxRSS / 1024, said }));
