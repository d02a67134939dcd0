import { describe, expect, it } from 'vitest';
import { normalizeTitle, numberingOf } from './numbering.js';

describe('heading titles', () => {
  it('ignore numbering, spaces and full- or half-width punctuation', () => {
    const same = ['第四章 项目建设方案', '四、项目建设方案', '（四）项目 建设方案', '(4) 项目建设方案', '4.1 项目建设方案', '4　项目建设方案', '第4章项目建设方案。'];
    expect(new Set(same.map(normalizeTitle))).toEqual(new Set(['项目建设方案']));
    expect(normalizeTitle('环保、消防，节能（等）措施')).toBe('环保消防节能等措施');
  });

  it('tell numbering kinds of short lines, and no kind for sentences', () => {
    expect(['第一章 概述', '第二节 概述', '一、名称', '（一）名称', '1.1 名称', '1.1.1 名称', '1. 列表', '一、这是一句话。'].map(numberingOf)).toEqual(['chapter', 'section', 'cn', 'cn-paren', 'decimal2', 'decimal3', null, null]);
  });
});
