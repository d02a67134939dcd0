// A workbook LibreOffice wrote (test/fixtures/xlsx/lo-hardware.xlsx) with its first data row repeated
// until the sheet has `rows` rows: the sheet a large 软硬件配置清单 makes, for the benchmark and the tests.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

const FIXTURE = fileURLToPath(new URL('../test/fixtures/xlsx/lo-hardware.xlsx', import.meta.url));

export function tallSheet(rows) {
  const z = unzipSync(readFileSync(FIXTURE));
  const xml = strFromU8(z['xl/worksheets/sheet1.xml']);
  const row4 = /<row r="4"[^>]*>.*?<\/row>/.exec(xml)[0];
  const body = [];
  for (let r = 4; r <= rows; r++) body.push(row4.replace(/(r="[A-Z]*)4"/g, `$1${r}"`));
  const head = xml.slice(0, xml.indexOf('<row r="4"'));
  const tail = xml.slice(xml.indexOf('</sheetData>'));
  z['xl/worksheets/sheet1.xml'] = strToU8(head.replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="A1:H${rows}"/>`) + body.join('') + tail);
  return Buffer.from(zipSync(z));
}
