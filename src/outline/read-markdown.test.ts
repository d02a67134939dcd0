import { describe, expect, it } from 'vitest';
import { readMarkdownOutline } from './read-markdown.js';

describe('Markdown outline reader', () => {
  it('reads ATX and Setext headings with their lines, skipping fenced code, with CRLF and a BOM', () => {
    const text = '\uFEFF# 标题 #\r\n\r\n第一章 概述\r\n======\r\n\r\n```\r\n## 代码里的不是标题\r\n```\r\n一、名称\r\n----\r\n\r\n- 列表\r\n---\r\n###### 六级\r\n#没有空格不是标题\r\n';
    expect(readMarkdownOutline(text).headings).toEqual([
      { level: 1, text: '标题', line: 1 },
      { level: 1, text: '第一章 概述', line: 3 },
      { level: 2, text: '一、名称', line: 9 },
      { level: 6, text: '六级', line: 14 },
    ]);
  });
});
