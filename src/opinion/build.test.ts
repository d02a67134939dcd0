import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, ROOT } from '../../test/helpers.js';
import { loadPackage } from '../package/load.js';
import { buildOpinion } from './build.js';

const pkg = loadPackage(join(ROOT, EXAMPLES.jilin), 'zh');
const NAME = '吉林省不动产登记信息共享服务平台建设项目';
const letter = (due: string[]) =>
  buildOpinion({ pkg, findings: [], route: new Map(due.map((d) => [d, { from: '立项审批', due: true }])), date: '2026-12-07', exclude: [], notes: [] }).letter;

describe('the opinion names what was submitted', () => {
  it('one document: its full title in 书名号', () => {
    expect(letter(['feasibility']).title).toEqual([`关于《${NAME}可行性研究报告》的审查意见`]);
  });

  it('several: the project once in the title, and each full title in the text with no 顿号 between 书名号', () => {
    const l = letter(['feasibility', 'design']);
    expect(l.title).toEqual([`关于${NAME}可行性研究报告及初步设计方案和投资概算的审查意见`]);
    expect(l.blocks[0]!.text).toContain(`你单位报送的《${NAME}可行性研究报告》《${NAME}初步设计方案和投资概算》（以下简称报审材料）`);
  });

  it('none on the route: the project\'s materials', () => {
    expect(letter([]).title).toEqual([`关于${NAME}申报材料的审查意见`]);
  });
});
