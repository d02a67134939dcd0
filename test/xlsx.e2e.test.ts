import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { AS_OF, copyExample, EXAMPLES, positionOf, ROOT, tempDir, validateJson, zwpack } from './helpers.js';
import type { JsonFinding } from './helpers.js';
// @ts-expect-error: a benchmark script in plain JavaScript
import { tallSheet } from '../bench/tall-sheet.mjs';

const FIXTURES = join(ROOT, 'test', 'fixtures', 'xlsx');

/** The jilin example with one table replaced by a workbook fixture. */
function withWorkbook(table: string, fixture: string): string {
  const dir = copyExample('jilin');
  rmSync(join(dir, 'tables', `${table}.yaml`));
  copyFileSync(join(FIXTURES, fixture), join(dir, 'tables', `${table}.xlsx`));
  return dir;
}

/** A workbook whose zip directory claims that one part inflates to 300 MB. */
function bombOf(xlsx: Buffer, part: string): Buffer {
  const buf = Buffer.from(xlsx);
  const name = Buffer.from(part);
  const sig = Buffer.from([0x50, 0x4b, 0x01, 0x02]);
  for (let i = buf.indexOf(sig); i >= 0; i = buf.indexOf(sig, i + 4)) {
    if (buf.subarray(i + 46, i + 46 + name.length).equals(name)) buf.writeUInt32LE(300 * 1024 * 1024, i + 24);
  }
  return buf;
}

const sheetXml = (file: string): string => strFromU8(unzipSync(readFileSync(file))['xl/worksheets/sheet1.xml']!);
/** Findings without their places, to compare a YAML package with the same package as workbooks. */
const unplaced = (fs: JsonFinding[]): string[] => fs.map((f) => `${f.file.replace(/\.(yaml|xlsx)$/, '')} ${f.ruleId} ${f.severity} ${f.message}`).sort();

describe('annex tables as workbooks', () => {
  it('LibreOffice workbooks read like the YAML: a title and 项目名称 above the header, a 合计 row and a note below', () => {
    const r = validateJson(withWorkbook('软硬件配置清单', 'lo-hardware.xlsx'));
    expect(r.findings).toEqual([]);
    expect(r.status).toBe(0);
  });

  it('a header over two merged rows, on the second sheet, is found by its text', () => {
    const r = validateJson(withWorkbook('项目总投资估算表', 'lo-estimate-merged.xlsx'));
    expect(r.findings).toEqual([]);
  });

  it('a row that does not add up is reported at its cell, in JSON (row, column, cell) and in the pretty report', () => {
    const dir = withWorkbook('软硬件配置清单', 'lo-hardware-bad-sum.xlsx');
    const r = validateJson(dir);
    // The wrong row also makes the hardware rows add up to 89, not the estimate's 硬件设备购置费 of 88.
    expect(r.findings.map((f) => [f.file, f.line, f.column, f.cell, f.ruleId])).toEqual([
      ['tables/软硬件配置清单.xlsx', 2, 7, '配置清单!G2', 'TABLE-TOTAL'],
      ['tables/项目总投资估算表.yaml', ...Object.values(positionOf(join(dir, 'tables', '项目总投资估算表.yaml'), '    amount: 88', '88')), undefined, 'CONFIG-ESTIMATE'],
    ]);
    expect(zwpack(['validate', dir, '--as-of', AS_OF]).stdout).toMatch(/配置清单!G2 +错误 +第 1 行金额 53\.00 万元，应为 2 × 26 = 52\.00 万元/);
  });

  it('formulas give their computed results; numbers typed as text are read with a warning; a SUM that leaves them out is found', () => {
    const r = validateJson(withWorkbook('软硬件配置清单', 'lo-hardware-formulas.xlsx'));
    expect(r.findings.map((f) => [f.cell, f.severity, f.ruleId])).toEqual([
      ['配置清单!F5', 'warning', 'table'],
      ['配置清单!G5', 'warning', 'table'],
      ['配置清单!G7', 'error', 'TABLE-TOTAL'],
    ]);
    expect(r.findings[0]!.message).toBe('「27.20」是文本格式的数字，已按 27.2 读取；请把单元格设为数值');
    expect(r.findings[2]!.message).toBe('合计 219.40 万元与各行之和 246.60 万元不符');
  });

  it('SARIF names the cell as a logical location beside its region; JUnit names it too', () => {
    const dir = withWorkbook('软硬件配置清单', 'lo-hardware-bad-sum.xlsx');
    const sarif = JSON.parse(zwpack(['validate', dir, '--format', 'sarif', '--as-of', AS_OF]).stdout) as { runs: { results: { locations: { physicalLocation: { region: unknown }; logicalLocations?: unknown[] }[] }[] }[] };
    const loc = sarif.runs[0]!.results[0]!.locations[0]!;
    expect(loc.physicalLocation.region).toEqual({ startLine: 2, startColumn: 7 });
    expect(loc.logicalLocations).toEqual([{ name: '配置清单!G2', kind: 'cell' }]);
    expect(zwpack(['validate', dir, '--format', 'junit', '--as-of', AS_OF]).stdout).toContain('tables/软硬件配置清单.xlsx 配置清单!G2 error TABLE-TOTAL');
  });

  it('the same table as YAML and as a workbook is a finding; the YAML is what is checked', () => {
    const dir = copyExample('jilin');
    copyFileSync(join(FIXTURES, 'lo-hardware-bad-sum.xlsx'), join(dir, 'tables', '软硬件配置清单.xlsx'));
    const r = validateJson(dir);
    expect(r.findings.map((f) => [f.file, f.ruleId, f.severity])).toEqual([['tables/软硬件配置清单.xlsx', 'package', 'error']]);
    expect(r.findings[0]!.message).toContain('既有 软硬件配置清单.yaml 又有 软硬件配置清单.xlsx');
  });

  describe('bad workbooks: one finding at the file, nothing else read from it', () => {
    const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const cases: [string, Buffer, RegExp][] = [
      ['a text file renamed .xlsx', Buffer.from('类别,名称\n硬件,服务器\n'), /不是 xlsx 工作簿/],
      ['an .xls or .et file renamed .xlsx', Buffer.concat([OLE, Buffer.alloc(600)]), /旧版 Excel（\.xls）或 WPS（\.et）/],
      ['a password-protected workbook', Buffer.concat([OLE, Buffer.alloc(100), Buffer.from('EncryptionInfo', 'utf16le'), Buffer.alloc(100)]), /工作簿已加密/],
      ['a damaged zip', Buffer.from('PK\u0003\u0004 broken'), /工作簿已损坏/],
      ['a zip bomb (a sheet claiming 300 MB)', bombOf(readFileSync(join(FIXTURES, 'lo-hardware.xlsx')), 'xl/worksheets/sheet1.xml'), /疑似压缩炸弹/],
    ];
    for (const [what, bytes, message] of cases) {
      it(what, () => {
        const dir = copyExample('jilin');
        rmSync(join(dir, 'tables', '软硬件配置清单.yaml'));
        writeFileSync(join(dir, 'tables', '软硬件配置清单.xlsx'), bytes);
        const r = validateJson(dir);
        const mine = r.findings.filter((f) => f.file === 'tables/软硬件配置清单.xlsx');
        expect(mine.map((f) => [f.severity, f.line, f.column])).toEqual([['error', 1, 1]]);
        expect(mine[0]!.message).toMatch(message);
        expect(r.status).toBe(1);
      });
    }

    it('a sheet whose header names no known column says which columns it expected', async () => {
      const { default: ExcelJS } = await import('exceljs');
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet('Sheet1').addRow(['甲', '乙', '丙']);
      const dir = copyExample('jilin');
      rmSync(join(dir, 'tables', '软硬件配置清单.yaml'));
      await wb.xlsx.writeFile(join(dir, 'tables', '软硬件配置清单.xlsx'));
      const mine = validateJson(dir).findings.filter((f) => f.file === 'tables/软硬件配置清单.xlsx');
      expect(mine.map((f) => f.message)).toEqual([expect.stringMatching(/^找不到表头：没有一行包含已知的列名（应有 类别、名称、主要技术参数.*等列）/)]);
    });

    it('a workbook over 50 MB is refused before it is read', () => {
      const dir = copyExample('jilin');
      rmSync(join(dir, 'tables', '软硬件配置清单.yaml'));
      writeFileSync(join(dir, 'tables', '软硬件配置清单.xlsx'), Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(51 * 1024 * 1024)]));
      const mine = validateJson(dir).findings.filter((f) => f.file === 'tables/软硬件配置清单.xlsx');
      expect(mine.map((f) => f.message)).toEqual(['工作簿过大（51.0 MB），上限为 50 MB；可用 --max-file-size 52 放宽']);
      // With the limit raised, it is read (and found to be no workbook).
      const raised = validateJson(dir, ['--max-file-size', '60']).findings.filter((f) => f.file === 'tables/软硬件配置清单.xlsx');
      expect(raised.map((f) => f.message)).toEqual([expect.stringMatching(/^工作簿已损坏/)]);
    });

    it('a sheet of more than 100,000 rows is read to its 100,000th row, with a warning there', () => {
      const dir = copyExample('jilin');
      rmSync(join(dir, 'tables', '软硬件配置清单.yaml'));
      writeFileSync(join(dir, 'tables', '软硬件配置清单.xlsx'), tallSheet(100_010));
      const mine = validateJson(dir).findings.filter((f) => f.file === 'tables/软硬件配置清单.xlsx');
      const cap = mine.filter((f) => /超过 100000 行/.test(f.message));
      expect(cap.map((f) => [f.severity, f.cell])).toEqual([['warning', '配置清单!A100003']]);
    }, 60_000);

    it('a hidden row is not read, with a warning at it', async () => {
      const { default: ExcelJS } = await import('exceljs');
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('资金');
      ws.addRow(['资金来源', '资金性质', '金额（万元）']);
      ws.addRow(['省级财政预算', '省级财政资金', 618.3]);
      ws.addRow(['旧的一行', '自筹资金', 999]);
      ws.addRow(['中央预算内投资', '中央预算内投资', 200]);
      ws.getRow(3).hidden = true;
      const dir = copyExample('jilin');
      rmSync(join(dir, 'tables', '项目资金来源表.yaml'));
      await wb.xlsx.writeFile(join(dir, 'tables', '项目资金来源表.xlsx'));
      const r = validateJson(dir);
      expect(r.findings.map((f) => [f.file, f.cell, f.severity, f.message])).toEqual([['tables/项目资金来源表.xlsx', '资金!A3', 'warning', '第 3 行已隐藏，未读取；如是数据行请取消隐藏']]);
    });

    it('a formula saved without its computed result is an error at its cell, never a silent zero', async () => {
      const { default: ExcelJS } = await import('exceljs');
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('资金');
      ws.addRow(['资金来源', '资金性质', '金额（万元）']);
      ws.addRow(['省级财政预算', '省级财政资金', 618.3]);
      ws.addRow(['中央预算内投资', '中央预算内投资', { formula: '100*2' }]);
      const dir = copyExample('jilin');
      rmSync(join(dir, 'tables', '项目资金来源表.yaml'));
      await wb.xlsx.writeFile(join(dir, 'tables', '项目资金来源表.xlsx'));
      const mine = validateJson(dir).findings.filter((f) => f.file === 'tables/项目资金来源表.xlsx');
      expect(mine.map((f) => [f.cell, f.message])).toContainEqual(['资金!C3', '公式没有计算结果：请在 Excel/WPS 中重新计算并保存']);
    });
  });
});

describe('zwpack tables convert', () => {
  for (const profile of Object.keys(EXAMPLES) as (keyof typeof EXAMPLES)[]) {
    it(`the ${profile} example with its tables as workbooks validates clean, and converts back without losing a value`, () => {
      const dir = copyExample(profile);
      const before = Object.fromEntries(readdirSync(join(dir, 'tables')).map((f) => [f, parse(readFileSync(join(dir, 'tables', f), 'utf8')) as { rows: unknown[]; total?: number }]));
      const to = zwpack(['tables', 'convert', dir, '--to', 'xlsx']);
      expect(to.status, to.stderr).toBe(0);
      expect(readdirSync(join(dir, 'tables')).filter((f) => f.endsWith('.xlsx'))).toHaveLength(Object.keys(before).length);
      const r = validateJson(dir);
      expect(r.findings).toEqual([]);
      expect(zwpack(['tables', 'convert', dir, '--to', 'yaml', '--force']).status).toBe(0);
      for (const [f, t] of Object.entries(before)) {
        const back = parse(readFileSync(join(dir, 'tables', f), 'utf8')) as { rows: unknown[]; total?: number };
        expect(back.rows, f).toEqual(t.rows);
        expect(back.total, f).toEqual(t.total);
      }
    });
  }

  it('a YAML package and the same package as workbooks give the same findings apart from places', () => {
    const yaml = copyExample('jilin');
    const file = join(yaml, 'tables', '软硬件配置清单.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('amount: 52', 'amount: 53'));
    const asYaml = validateJson(yaml).findings;
    expect(asYaml.length).toBeGreaterThan(0);
    expect(zwpack(['tables', 'convert', yaml, '--to', 'xlsx']).status).toBe(0);
    const asXlsx = validateJson(yaml).findings;
    expect(unplaced(asXlsx)).toEqual(unplaced(asYaml));
    expect(asXlsx.every((f) => !f.file.endsWith('.xlsx') || f.cell)).toBe(true);
  });

  it('keeps the original as .bak, refuses to overwrite without --force, and takes only xlsx or yaml', () => {
    const dir = copyExample('national');
    expect(zwpack(['tables', 'convert', dir, '--to', 'xlsx']).status).toBe(0);
    expect(existsSync(join(dir, 'tables', '项目总投资估算表.yaml.bak'))).toBe(true);
    writeFileSync(join(dir, 'tables', '项目总投资估算表.yaml'), readFileSync(join(dir, 'tables', '项目总投资估算表.yaml.bak')));
    rmSync(join(dir, 'tables', '项目总投资估算表.xlsx'));
    const again = zwpack(['tables', 'convert', dir, '--to', 'xlsx']);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('--force');
    const bad = zwpack(['tables', 'convert', dir, '--to', 'csv']);
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('workbooks zwpack writes', () => {
  it('init --tables xlsx: each table the profile uses, with titles and units, frozen header, drop-downs, a live 合计 and A4 print setup', () => {
    const dir = join(tempDir(), 'pkg');
    expect(zwpack(['init', dir, '--profile', 'jilin', '--yes', '--tables', 'xlsx']).status).toBe(0);
    expect(readdirSync(join(dir, 'tables')).sort()).toEqual(['信息资源目录.xlsx', '应用系统定制开发工作量核算表.xlsx', '软硬件配置清单.xlsx', '项目总投资估算表.xlsx', '项目资金来源表.xlsx']);
    const xml = sheetXml(join(dir, 'tables', '软硬件配置清单.xlsx'));
    expect(xml).toContain('<pane ySplit="3" topLeftCell="A4" activePane="bottomLeft" state="frozen"/>');
    expect(xml).toMatch(/<dataValidation type="list"[^>]*sqref="A4:A\d+"><formula1>&quot;硬件,软件,云资源,服务&quot;<\/formula1>/);
    expect(xml).toMatch(/<dataValidation type="list"[^>]*sqref="H4:H\d+"><formula1>&quot;是,否&quot;<\/formula1>/);
    expect(xml).toMatch(/<c r="G24"[^>]*><f>SUM\(G4:G23\)<\/f><v>0<\/v><\/c>/);
    expect(xml).toContain('<pageSetup paperSize="9"');
    const shared = strFromU8(unzipSync(readFileSync(join(dir, 'tables', '软硬件配置清单.xlsx')))['xl/sharedStrings.xml']!);
    for (const word of ['项目软硬件配置清单', '单位：万元', '金额（万元）', '单价（万元）', '合计']) expect(shared).toContain(word);
    // Empty tables are what the stage asks for: rows, pointed at by the header's cell.
    const r = validateJson(dir, ['--stage', '立项审批']);
    expect(r.findings.filter((f) => f.file === 'tables/软硬件配置清单.xlsx').map((f) => [f.cell, f.message])).toEqual([['项目软硬件配置清单!A3', '附表「项目软硬件配置清单」还没有数据行（自立项审批阶段起应当填写）']]);
    expect(zwpack(['init', join(tempDir(), 'p'), '--yes', '--tables', 'csv']).status).toBe(2);
  });

  it('render --to xlsx writes the annex tables as workbooks with their values and a live SUM', () => {
    const out = join(tempDir(), 'out');
    const r = zwpack(['render', join(ROOT, EXAMPLES.jilin), '--all', '--to', 'xlsx', '--out', out, '--as-of', AS_OF]);
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['可研附件1-项目软硬件配置清单.xlsx', '可研附件2-应用系统定制开发工作量初步核算表.xlsx', '可研附件3-项目总投资估算表.xlsx', '可研附件4-项目资金来源表.xlsx']);
    const xml = sheetXml(join(out, '可研附件3-项目总投资估算表.xlsx'));
    expect(xml).toMatch(/<f>SUM\(D4:D12\)<\/f><v>818.3<\/v>/);
    // And read back as a table, it is the package's table.
    const dir = copyExample('jilin');
    rmSync(join(dir, 'tables', '项目总投资估算表.yaml'));
    copyFileSync(join(out, '可研附件3-项目总投资估算表.xlsx'), join(dir, 'tables', '项目总投资估算表.xlsx'));
    expect(validateJson(dir).findings).toEqual([]);
  });
});
