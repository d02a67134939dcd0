import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkExample, expectQuiet } from '../../test/rule-harness.js';
import { AS_OF, copyExample, edit, ROOT, tempDir, zwpack } from '../../test/helpers.js';
import { validatePackage } from '../pipeline.js';
import { packagedCalendar } from '../calendar/workdays.js';

const DOCS = ['docs/项目建议书.docx', 'docs/可行性研究报告.docx', 'docs/初步设计方案和投资概算.docx'];

describe('JL-SECURE', () => {
  it('fires once for the package when no approval document explains product reliability, at the latest one', () => {
    const c = checkExample('jilin', DOCS.map((file) => ({ file, from: '安全可靠', to: '稳定' })));
    const loud = c.findings.filter((f) => f.severity !== 'info');
    expect(loud.map((f) => [f.ruleId, f.file, f.line, f.message])).toEqual([
      ['JL-SECURE', 'docs/初步设计方案和投资概算.docx', 1, '报批文件（项目建议书、可行性研究报告、初步设计方案）中均未说明软硬件产品的安全可靠情况（第十八条）；可写入任一报批文件，或在 docs/ 中另附说明'],
    ]);
  });

  it('a note of its own in docs/ answers it', () => {
    const c = checkExample('jilin', DOCS.map((file) => ({ file, from: '安全可靠', to: '稳定' })), { write: { 'docs/软硬件产品安全可靠情况说明.pdf': '%PDF-1.4' } });
    expectQuiet(c, 'JL-SECURE');
  });

  it('a 可研 written exactly to 附件2 (no 密码 or 安全可靠 section) is no fault when the proposal explains them', () => {
    const dir = copyExample('jilin');
    copyFileSync(join(ROOT, 'test/fixtures/docx/lo-official-guides.docx'), join(dir, 'docs/可行性研究报告.docx'));
    const { result } = validatePackage(dir, { lang: 'zh', asOf: AS_OF, calendar: packagedCalendar() });
    expect(result.findings.filter((f) => f.ruleId === 'JL-SECURE')).toEqual([]);
    // The outline rule still reads the 可研 against 附件2, and asks nothing 附件2 does not list.
    expect(result.findings.filter((f) => f.ruleId === 'JL-OUTLINE-KY' && /密码|安全可靠/.test(f.message))).toEqual([]);
  });

  it("a heading alone is not content: init's skeleton, whose 初设 heading names 密码 with nothing under it, explains nothing; text under it does", () => {
    const dir = join(tempDir(), 'p');
    zwpack(['init', dir, '--profile', 'jilin', '--yes', '--docs', 'md']);
    edit(join(dir, 'project.yaml'), 'stage: 计划申报', 'stage: 立项审批');
    // One line written elsewhere in the 初设: a document with something in it is read for what it says.
    const design = join(dir, 'docs', '初步设计方案和投资概算.md');
    edit(design, '### 一、项目名称\n', '### 一、项目名称\n\n吉林省某厅数据共享平台建设项目。\n');
    const secure = (): string[] => validatePackage(dir, { lang: 'zh', asOf: AS_OF, calendar: packagedCalendar() }).result.findings.filter((f) => f.ruleId === 'JL-SECURE').map((f) => f.message.replace(/（第.*$/, ''));
    // Only the 初设 says anything: the skeletons of the 建议书 and the 可研 explain nothing and are not asked to.
    expect(secure()).toEqual(['报批文件（初步设计方案）中均未说明密码应用方案', '报批文件（初步设计方案）中均未说明软硬件产品的安全可靠情况']);
    edit(design, '### 十、安全系统设计（含密码应用设计方案）\n', '### 十、安全系统设计（含密码应用设计方案）\n\n按照 GB/T 39786 第三级要求，采用 SM2、SM3、SM4 算法保护身份鉴别和数据传输。\n');
    expect(secure()).toEqual(['报批文件（初步设计方案）中均未说明软硬件产品的安全可靠情况']);
  });

  it('stays quiet on the example', () => {
    expectQuiet(checkExample('jilin'), 'JL-SECURE');
  });
});
