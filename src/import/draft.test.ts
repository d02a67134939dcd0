import { describe, expect, it } from 'vitest';
import { readMarkdown } from '../document/read-markdown.js';
import { readDraft } from './draft.js';

const doc = (text: string) => ({ doc: 'feasibility', file: '可研.md', model: readMarkdown(text) });

describe('the profile of a submission', () => {
  it('is the one whose jurisdiction holds the place the 建设单位 names: a city of 吉林省, a county of 巴中市', () => {
    const changchun = readDraft([doc('# 第一章 项目概述\n\n项目建设单位：长春市政务服务和数字化建设管理局。\n')]);
    expect(changchun.profile).toMatchObject({ value: 'jilin', from: '建设单位「长春市政务服务和数字化建设管理局」中的长春市属吉林省' });
    expect(changchun.profile!.from).toContain('长春市');
    expect(readDraft([doc('# 第一章 项目概述\n\n建设单位：通江县医疗保障局。\n')]).profile?.value).toBe('bazhong');
  });

  it('is none (the national one, to confirm) when the 建设单位 is of no profile\'s area', () => {
    expect(readDraft([doc('# 第一章 项目概述\n\n建设单位：成都市大数据中心。\n')]).profile).toBeNull();
  });

  it('takes the name from a workbook\'s 项目名称 line when no document states it, at its cell', () => {
    const draft = readDraft([], [{ file: '附件1 配置清单.xlsx', lines: [{ text: '附件1 项目软硬件配置清单', line: 1, cell: '清单!A1' }, { text: '项目名称：巴中市通江县智慧医保建设项目', line: 2, cell: '清单!A2' }] }]);
    expect(draft.name).toMatchObject({ value: '巴中市通江县智慧医保建设项目', from: '附件1 配置清单.xlsx 清单!A2「项目名称：巴中市通江县智慧医保建设项目」', at: { file: '附件1 配置清单.xlsx', line: 2, place: '清单!A2' } });
    expect(draft.profile?.value).toBe('bazhong');
  });
});
