import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../test/helpers.js';
import { contentProblems } from './content.js';
import { readDocx } from '../document/read-docx.js';
import { readMarkdown } from '../document/read-markdown.js';

const md = (text: string) => readMarkdown(text);
const problems = (text: string, guides: string[] = []) => contentProblems(md(text), new Set(guides)).problems;

describe('chapters without content', () => {
  it('says nothing of chapters with text, and of a chapter whose text is in its sections', () => {
    expect(problems('# 报告\n\n## 第一章 概述\n\n本项目由某局建设。\n\n## 第二章 方案\n\n### 一、总体架构\n\n采用三层架构。\n')).toEqual([]);
  });

  it('an empty section, one with only guidance (with or without its prefix), and one with the outline\'s 主要包括 line', () => {
    const text = '## 第一章 概述\n\n## 第二章 单位\n\n> 编写提示：写单位。\n\n（在此编写。）\n\n## 第三章 需求\n\n写需求。\n\n## 第四章 方案\n\n主要包括：总体架构；安全设计等。\n\n## 第五章 投资\n\n投资 100 万元。\n';
    const found = problems(text, ['写需求。']);
    expect(found.map((p) => [p.at?.line, p.severity, p.zh])).toEqual([
      [1, 'warning', '「第一章 概述」下没有正文'],
      [3, 'warning', '「第二章 单位」下只有骨架的编写提示，尚未编写'],
      [9, 'warning', '「第三章 需求」下只有骨架的编写提示，尚未编写'],
      [13, 'warning', '「第四章 方案」下只有骨架的编写提示，尚未编写'],
    ]);
  });

  it('placeholders: 【待填写】, XX and XXX万元, ××, 某某, TODO — and not a Latin word such as XXL', () => {
    for (const [line, token] of [['由【待填写】单位建设', '【待填写】'], ['总投资XXX万元', 'XXX'], ['总投资××万元', '××'], ['某某局负责', '某某'], ['TODO 补充架构图', 'TODO'], ['采购 XX 台服务器', 'XX']]) {
      const found = problems(`## 第一章 概述\n\n${line}\n`);
      expect(found.map((p) => p.zh)).toEqual([`「第一章 概述」中有待填写的占位内容「${token}」（第 3 行）`]);
    }
    expect(problems('## 第一章 概述\n\n选用 XXL 规格的机柜。\n')).toEqual([]);
  });

  it('a whole skeleton is told as one (its route rule reports it once); part of one is a warning a heading', () => {
    const skeleton = '## 第一章 概述\n\n（在此编写。）\n\n## 第二章 方案\n\n（在此编写。）\n';
    expect(contentProblems(md(skeleton), new Set()).skeleton).toBe(true);
    const part = contentProblems(md(skeleton.replace(/（在此编写。）\n$/, '方案已写。\n')), new Set());
    expect(part.skeleton).toBe(false);
    expect(part.problems.map((p) => [p.severity, p.at?.text])).toEqual([['warning', '第一章 概述']]);
  });

  it('a LibreOffice DOCX with every chapter of the official 吉林 可研 outline and nothing under them: a skeleton, each chapter named', () => {
    const outline = readDocx(readFileSync(join(ROOT, 'test/fixtures/docx/lo-official-empty.docx')));
    const { skeleton, problems: found } = contentProblems(outline, new Set());
    expect(skeleton).toBe(true);
    expect(found).toHaveLength(10);
    expect(found.map((p) => p.at?.text)).toEqual(outline.headings.map((h) => h.text));
    expect(found.every((p) => /下没有正文/.test(p.zh))).toBe(true);
  });

  it('the same outline with its 主要包括 lines copied in, and ××万元 in 第八章: the placeholder is found there, the rest are guidance', () => {
    const outline = readDocx(readFileSync(join(ROOT, 'test/fixtures/docx/lo-official-guides.docx')));
    const { skeleton, problems: found } = contentProblems(outline, new Set());
    expect(skeleton).toBe(false);
    expect(found.filter((p) => /只有骨架的编写提示/.test(p.zh))).toHaveLength(9);
    // 第八章 holds text, so the document is not wholly a skeleton: warnings.
    expect(found.every((p) => p.severity === 'warning')).toBe(true);
    expect(found.filter((p) => /占位内容/.test(p.zh)).map((p) => p.zh)).toEqual(['「第八章 投资估算和资金来源」中有待填写的占位内容「××」（第 18 段）']);
  });
});
