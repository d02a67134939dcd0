import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { profileIds, loadProfile } from '../profiles/profile.js';
import { checkOutline } from './check.js';
import { readDocx } from '../document/read-docx.js';
import { readMarkdown } from '../document/read-markdown.js';
import { loadOutline, outlineIds } from './schemas.js';
import { docxSkeleton } from './skeleton-docx.js';
import { markdownSkeleton, skeletonHeadings } from './skeleton.js';

const NO_FLAGS = { urgent: false, crossDepartment: false, softwareDevelopment: false, classified: false };
const md = (lines: string[]) => readMarkdown(lines.join('\n'));
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../test/fixtures/docx/${name}`, import.meta.url)));
const cover = { project: '某某平台建设项目', document: '可行性研究报告', owner: '某某局', date: '2026年11月' };

describe('outline check', () => {
  const national = ['# 某项目可行性研究报告', '## 第一章 项目概况', '## 第二章 项目建设单位概况', '## 第三章 需求分析', '## 第四章 项目建设方案', '### 一、软硬件产品安全可靠情况', '### 二、密码应用方案', '## 第五章 信息资源共享分析', '## 第六章 项目组织机构和人员', '## 第七章 项目实施进度', '## 第八章 投资估算和资金来源', '## 第九章 效益与风险分析'];

  it('accepts synonyms and other numbering (项目概况 for 项目概述)', () => {
    expect(checkOutline('national/feasibility', md(national), NO_FLAGS)).toEqual([]);
  });

  it('names a missing chapter and the chapter it belongs after', () => {
    const gap = national.filter((l) => !l.includes('项目实施进度'));
    const [p, ...rest] = checkOutline('national/feasibility', md(gap), NO_FLAGS);
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ rule: 'OUTLINE', severity: 'error', zh: '缺少章节「项目实施进度」（应在「第六章 项目组织机构和人员」之后）', at: { line: 9 } });
  });

  it('a chapter deleted while its sub-headings stay is missing: a sub-heading does not stand in for it', () => {
    const headings = skeletonHeadings('jilin/feasibility', NO_FLAGS);
    const lines = headings.map((h) => `${'#'.repeat(h.level + 1)} ${h.text}`).filter((l) => l !== '## 第三章 需求分析和项目建设的必要性');
    expect(lines.some((l) => l.includes('必要性'))).toBe(false);
    const withSub = [...lines.slice(0, 12), '### 一、项目建设的必要性', ...lines.slice(12)];
    const problems = checkOutline('jilin/feasibility', md(['# 某项目可行性研究报告', ...withSub]), NO_FLAGS);
    expect(problems.filter((p) => p.zh.startsWith('缺少章节')).map((p) => p.zh)).toEqual(['缺少章节「需求分析和项目建设的必要性」（应在「第二章 项目建设单位概况」之后）']);
  });

  it('warns about a chapter out of order', () => {
    const moved = [national[0]!, national[4]!, ...national.slice(1, 4), ...national.slice(5)];
    expect(checkOutline('national/feasibility', md(moved), NO_FLAGS)).toEqual([
      expect.objectContaining({ rule: 'OUTLINE', severity: 'warning', zh: '章节顺序不符：「第四章 项目建设方案」应在「第三章 需求分析」之后（提纲顺序：「需求分析和项目建设的必要性」先于「项目建设方案」）' }),
    ]);
  });

  it('asks for optional chapters only when the facts call for them', () => {
    const lines = ['## 第一章 项目概述', '## 第二章 需求分析', '## 第三章 项目设计方案'];
    const urgent = checkOutline('jilin/design', md(lines), { ...NO_FLAGS, urgent: true }).filter((p) => p.rule === 'JL-STAGES');
    expect(urgent.map((p) => p.zh)).toEqual([expect.stringContaining('「项目必要性论证」'), expect.stringContaining('「项目可行性论证」')]);
    expect(checkOutline('jilin/design', md(lines), NO_FLAGS).filter((p) => p.rule === 'JL-STAGES')).toEqual([]);
  });

  describe('documents made by LibreOffice', () => {
    it('its own heading styles and bold 第X章 lines both satisfy the national outline', () => {
      expect(checkOutline('national/feasibility', readDocx(fixture('lo-heading-styles.docx')), NO_FLAGS)).toEqual([]);
      expect(checkOutline('national/feasibility', readDocx(fixture('lo-bold-numbering.docx')), NO_FLAGS)).toEqual([]);
    });

    it('a skeleton with a chapter deleted in LibreOffice: the finding names that chapter and the paragraph before it', () => {
      const problems = checkOutline('jilin/feasibility', readDocx(fixture('lo-roundtrip-no-procurement.docx')), NO_FLAGS);
      expect(problems).toHaveLength(1);
      expect(problems[0]!.zh).toBe('缺少章节「项目采购方案」（应在「第四章 项目建设方案」之后）');
      expect(problems[0]!.at?.place).toMatch(/^¶\d+ 「第四章 项目建设方案」$/);
    });
  });

  describe('every skeleton init writes passes its own outline', () => {
    const combos = [NO_FLAGS, { ...NO_FLAGS, urgent: true, crossDepartment: true }];
    for (const id of outlineIds()) {
      it(id, async () => {
        for (const flags of combos) {
          const headings = skeletonHeadings(id, flags);
          expect(checkOutline(id, readMarkdown(markdownSkeleton(cover, headings)), flags)).toEqual([]);
          expect(checkOutline(id, readDocx(await docxSkeleton(cover, headings)), flags)).toEqual([]);
        }
      });
    }
  });

  it('profiles name only outlines that exist, and switch on every rule their outlines cite', () => {
    for (const pid of profileIds()) {
      const profile = loadProfile(pid);
      for (const outline of Object.values(profile.outlines)) {
        expect(outlineIds()).toContain(outline);
        for (const item of loadOutline(outline).items) {
          const setting = profile.rules[item.rule];
          expect({ pid, outline, rule: item.rule, inForce: setting !== undefined && setting !== false }).toEqual({ pid, outline, rule: item.rule, inForce: true });
        }
      }
    }
  });
});
