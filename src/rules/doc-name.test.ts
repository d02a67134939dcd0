import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyExample, ROOT, validateJson } from '../../test/helpers.js';
import { checkExample, expectQuiet } from '../../test/rule-harness.js';
import { expectConsistentQuiet, expectOneFinding } from '../../test/document-fixtures.js';

/** The 吉林 example with its 软硬件配置清单 as one of the LibreOffice-made workbooks. */
function withWorkbook(fixture: string): ReturnType<typeof validateJson> {
  const dir = copyExample('jilin');
  rmSync(join(dir, 'tables', '软硬件配置清单.yaml'));
  copyFileSync(join(ROOT, 'test', 'fixtures', 'xlsx', fixture), join(dir, 'tables', '软硬件配置清单.xlsx'));
  return validateJson(dir);
}

describe('DOC-NAME', () => {
  it('fires at a cover that names another project', () => {
    expectOneFinding('cover-name', 'DOC-NAME', '吉林省自然资源综合监管平台建设项目');
  });

  it('fires at a 建设单位 that is not the owner', () => {
    expectOneFinding('owner', 'DOC-NAME', '吉林省人力资源和社会保障厅');
  });

  it('fires at a project code that is not the package\'s', () => {
    expectOneFinding('code', 'DOC-NAME', '900413');
  });

  it('fires at a workbook\'s 项目名称 line above the header that names another project, at its cell', () => {
    const r = withWorkbook('lo-hardware-other-name.xlsx');
    expect(r.findings.filter((f) => f.severity !== 'info').map((f) => [f.ruleId, f.file, f.cell])).toEqual([['DOC-NAME', 'tables/软硬件配置清单.xlsx', '配置清单!A2']]);
    expect(r.findings[0]!.message).toContain('吉林省人力资源社会保障一体化信息平台建设项目');
  });

  it('stays quiet on the example (cover, 项目名称 lines, workbook title) and on the consistent 可研 with a 46-character name', () => {
    expectQuiet(checkExample('jilin'), 'DOC-NAME');
    // A title that drops the name's last word before its own: 某中台（二期）可行性研究报告 for 某中台（二期）项目.
    expectQuiet(checkExample('gulou', [{ file: 'docs/可行性研究报告.md', from: '（二期）项目可行性研究报告', to: '（二期）可行性研究报告' }]), 'DOC-NAME');
    expect(withWorkbook('lo-hardware.xlsx').findings.filter((f) => f.ruleId === 'DOC-NAME')).toEqual([]);
    expectConsistentQuiet('DOC-NAME');
  });
});
