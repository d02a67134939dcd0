import { describe, expect, it } from 'vitest';
import { loadProfile } from '../profiles/profile.js';
import { documentNamed, materialItem, revisionKey } from './classify.js';

describe('what a submission file is, by its name', () => {
  it('names the document, the longest word winning, and leaves other names alone', () => {
    expect(documentNamed('XX项目可行性研究报告（送审稿）')).toBe('feasibility');
    expect(documentNamed('XX项目初步设计方案和投资概算（报批稿）')).toBe('design');
    expect(documentNamed('项目建议书')).toBe('proposal');
    expect(documentNamed('会议签到表')).toBeNull();
  });

  it('matches a material to the profile\'s checklist item: by title, by the words the regulation uses, by detail', () => {
    const jilin = loadProfile('jilin');
    expect(materialItem(jilin, '附件3 项目合同书.pdf')).toEqual({ id: '05', title: '项目合同书' });
    expect(materialItem(jilin, '中标通知书（扫描件）.pdf')).toEqual({ id: '04', title: '采购结果通知书' });
    expect(materialItem(jilin, '关于XX项目可研报告的批复.pdf')).toEqual({ id: '02', title: '项目审批材料' });
    expect(materialItem(jilin, '现场照片.jpg')).toBeNull();
  });

  it('ranks revisions: 报批稿 before 修订稿 before 送审稿, a later date first among equals', () => {
    expect(revisionKey('可研（报批稿）.docx')[0]).toBeLessThan(revisionKey('可研（修订稿）.docx')[0]);
    expect(revisionKey('可研（修订稿）.docx')[0]).toBeLessThan(revisionKey('可研（送审稿）.docx')[0]);
    expect(revisionKey('可研20240301.docx')[1] > revisionKey('可研2024-01-15.docx')[1]).toBe(true);
  });
});
