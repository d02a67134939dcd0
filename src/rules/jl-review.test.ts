import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { checkExample, expectQuiet } from '../../test/rule-harness.js';
import { AS_OF, copyExample } from '../../test/helpers.js';
import { validatePackage } from '../pipeline.js';
import { packagedCalendar } from '../calendar/workdays.js';

const DOCS = ['docs/项目建议书.docx', 'docs/可行性研究报告.docx', 'docs/初步设计方案和投资概算.docx'];

describe('JL-REVIEW', () => {
  it('warns once for the package when no approval document states the infrastructure needs', () => {
    const dir = copyExample('jilin');
    for (const doc of DOCS) {
      const parts = unzipSync(readFileSync(join(dir, doc)));
      parts['word/document.xml'] = strToU8(strFromU8(parts['word/document.xml']!).replace(/基础资源|技术服务需求|政务云|云资源|电子政务网络|电子政务外网/g, '平台'));
      writeFileSync(join(dir, doc), zipSync(parts));
    }
    const { result } = validatePackage(dir, { lang: 'zh', asOf: AS_OF, calendar: packagedCalendar() });
    expect(result.findings.filter((f) => f.ruleId === 'JL-REVIEW').map((f) => [f.severity, f.file, f.line, f.message])).toEqual([
      ['warning', 'docs/初步设计方案和投资概算.docx', 1, '报批文件（项目建议书、可行性研究报告、初步设计方案）中均未说明基础资源和技术服务需求（政务云、大数据中心、电子政务网络）（第十条）；可写入任一报批文件，或在 docs/ 中另附说明'],
    ]);
  });

  it('stays quiet on the example', () => {
    expectQuiet(checkExample('jilin'), 'JL-REVIEW');
  });
});
