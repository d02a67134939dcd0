import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { annexTables } from './annex-table.js';
import { readDocx } from './read-docx.js';
import { readMarkdown } from './read-markdown.js';

const fixture = (path: string) => readFileSync(new URL(`../../test/fixtures/${path}`, import.meta.url));

describe('annex tables in documents', () => {
  for (const [format, model] of [['DOCX', () => readDocx(fixture('docx/ky-consistent.docx'))], ['Markdown', () => readMarkdown(fixture('md/ky-consistent.md').toString('utf8'))]] as const) {
    it(`recognises the 估算表 and 配置清单 by their headers, with merged 类别 cells, subtotals and the title row above (${format})`, () => {
      const tables = annexTables(model());
      expect(tables.map((t) => [t.tableId, t.caption])).toEqual([['hardware-software', '表4-1 项目软硬件配置清单'], ['investment-estimate', '表8-1 项目总投资估算表']]);
      const est = tables[1]!;
      expect(est.rows.map((r) => [r.values.kind, r.values.name, r.values.amount])).toEqual([
        ['工程费用', '硬件设备购置费', 123.45], ['工程费用', '软件购置费', 88], ['工程费用', '应用系统开发费', 716.41], ['工程费用', '“吉林祥云”资源租用费', 86.4], ['工程费用', '系统集成费', 57.4],
        ['工程建设其他费用', '监理费', 23], ['工程建设其他费用', '第三方测评、等保测评及密评费', 41.2], ['工程建设其他费用', '项目前期咨询费', 35],
        ['预备费', '预备费', 63.7],
      ]);
      expect(est.sums.map((s) => [s.label, s.amount, s.parts.length])).toEqual([['工程费用', 1071.66, 5], ['工程建设其他费用', 99.2, 3]]);
      expect(est.total?.amount).toBe(1234.56);
      expect(est.above.map((a) => a.text)).toEqual([expect.stringMatching(/^项目名称：吉林省自然资源厅/)]);
      const hw = tables[0]!;
      expect(hw.rows.map((r) => [r.values.category, r.values.quantity, r.values.unitPrice, r.values.amount])[3]).toEqual(['软件', 1, 55, 55]);
      expect(hw.total?.amount).toBe(211.45);
    });
  }

  it('reads a group row (一、工程费用 above 1. 2.) as the sum of the rows below it', () => {
    const md = '| 序号 | 工程或费用名称 | 金额（万元） |\n|---|---|---|\n| 一 | 工程费用 | 160.20 |\n| 1 | 硬件设备购置费 | 88.00 |\n| 2 | 软件购置费 | 72.20 |\n| 二 | 预备费 | 9.80 |\n| 合计 | | 170.00 |\n';
    const [t] = annexTables(readMarkdown(md));
    expect(t!.rows.map((r) => [r.values.name, r.values.kind])).toEqual([['硬件设备购置费', '工程费用'], ['软件购置费', '工程费用'], ['预备费', undefined]]);
    expect(t!.sums.map((s) => [s.label, s.amount, s.parts.map((p) => p.values.name)])).toEqual([['工程费用', 160.2, ['硬件设备购置费', '软件购置费']]]);
  });

  it('takes no table for an annex table whose header names fewer than two known columns', () => {
    expect(annexTables(readMarkdown('| 阶段 | 时间 |\n|---|---|\n| 设计 | 2024年 |\n'))).toEqual([]);
  });
});
