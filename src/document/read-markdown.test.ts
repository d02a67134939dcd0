import { describe, expect, it } from 'vitest';
import { readMarkdown } from './read-markdown.js';

describe('Markdown outline reader', () => {
  it('reads ATX and Setext headings with their lines, skipping fenced code, with CRLF and a BOM', () => {
    const text = '\uFEFF# 标题 #\r\n\r\n第一章 概述\r\n======\r\n\r\n```\r\n## 代码里的不是标题\r\n```\r\n一、名称\r\n----\r\n\r\n- 列表\r\n---\r\n###### 六级\r\n#没有空格不是标题\r\n';
    expect(readMarkdown(text).headings).toEqual([
      { level: 1, text: '标题', line: 1 },
      { level: 1, text: '第一章 概述', line: 3 },
      { level: 2, text: '一、名称', line: 9 },
      { level: 6, text: '六级', line: 14 },
    ]);
  });
});

describe('Markdown tables in the document model', () => {
  it('reads a pipe table with the line above as its caption, and the cover before the first heading', () => {
    const text = '某某项目可行性研究报告\n\n# 第八章 投资估算\n\n**表8-1 项目总投资估算表**\n\n| 序号 | 费用名称 | 金额（万元） |\n|:---:|---|---:|\n| 一 | 硬件\\|软件 | 88.00 |\n| 合计 | | 88.00 |\n\n说明。\n';
    const doc = readMarkdown(text);
    expect(doc.cover).toEqual([{ line: 1, text: '某某项目可行性研究报告' }]);
    expect(doc.tables).toHaveLength(1);
    const t = doc.tables[0]!;
    expect(t.caption).toBe('表8-1 项目总投资估算表');
    expect(t.line).toBe(7);
    expect(t.rows.map((r) => r.map((c) => c.text))).toEqual([['序号', '费用名称', '金额（万元）'], ['一', '硬件|软件', '88.00'], ['合计', '', '88.00']]);
    expect(t.rows[2]![2]!.line).toBe(10);
    expect(doc.body.filter((b) => b.inTable).map((b) => b.line)).toEqual([7, 9, 10]);
    expect(doc.body.at(-1)).toEqual({ line: 12, text: '说明。' });
    // Bold is a reader's emphasis, not text: **…** is read without its marks (and is no ×× placeholder).
    expect(readMarkdown('# 标题\n\n**表8-1** 与 __注__，2**3\n').body).toEqual([{ line: 3, text: '表8-1 与 注，2**3' }]);
  });
});

describe('Markdown tables that would not fit in memory', () => {
  it('reads at most 64 cells a row and 150,000 rows', () => {
    const text = `| a | b |\n|---|---|\n${'|x'.repeat(200_000)}|\n${'| 1 | 2 |\n'.repeat(150_000)}`;
    const t = readMarkdown(text).tables[0]!;
    expect(t.rows).toHaveLength(150_002);
    expect(t.rows[1]).toHaveLength(64);
  });
});
