import { describe, expect, it } from 'vitest';
import type { Fingerprint } from './fingerprint.js';
import { nameKey, normalise } from './fingerprint.js';
import { shingles, signature } from './minhash.js';
import { relate } from './relate.js';

const at = { line: 3, column: 7 };
const fp = (path: string, over: Partial<Fingerprint>): Fingerprint => ({ path, dir: `/nowhere/${path}`, content: null, windows: new Uint32Array(), documents: [], codeAt: at, nameAt: at, ...over });
const builds = (text: string): Uint32Array => signature(shingles(normalise(text, [])))!;

describe('relating a year of packages', () => {
  it('one code for two projects is an error in both, naming the other; one project under two codes a warning', async () => {
    const { related, findings } = await relate([
      fp('a', { code: '2025-220000-65-01-000001', name: '甲项目', owner: '甲局' }),
      fp('b', { code: '2025-220000-65-01-000001', name: '乙项目', owner: '乙局' }),
      fp('c', { code: '2025-220000-65-01-000002', name: '甲项目', owner: '甲局' }),
    ], 'zh');
    expect(related[0]).toEqual([{ path: 'b', kind: 'same-code' }, { path: 'c', kind: 'two-codes' }]);
    expect(related[1]).toEqual([{ path: 'a', kind: 'same-code' }]);
    expect(findings[1]![0]).toMatchObject({ severity: 'error', file: 'project.yaml', line: 3, column: 7, message: '投资项目代码 2025-220000-65-01-000001 也是「甲项目」（甲局）（a）的代码：一个代码只对应一个项目，请核实' });
    expect(findings[2]![0]).toMatchObject({ severity: 'warning', message: '同一项目（名称和建设单位相同）在 a 中的投资项目代码是 2025-220000-65-01-000001，与本包的 2025-220000-65-01-000002 不同，请核实' });
  });

  it('two packages of one project with one code are versions: an info pointing at diff, never a 重复建设', async () => {
    const same = builds('建设内容包括医保基金智能监管子系统和医疗服务价格监测平台，统一部署在政务云。');
    const { related, findings } = await relate([fp('v1', { code: 'X', name: '甲项目', owner: '甲局', content: same }), fp('v2', { code: 'X', name: '甲项目', owner: '甲局', content: same })], 'zh');
    expect(related).toEqual([[{ path: 'v2', kind: 'version' }], [{ path: 'v1', kind: 'version' }]]);
    expect(findings[0]![0]!.message).toBe('v2 是同一项目（名称、建设单位和代码相同）的另一份软件包：可用 zwpack diff 比较两个版本');
  });

  it('two projects building the same are a 重复建设 warning in both; different ones nothing', async () => {
    const { related, findings } = await relate([
      fp('a', { name: '甲项目', owner: '甲局', content: builds('建设内容包括医保基金智能监管子系统、医疗服务价格监测平台和药品集中采购分析系统，统一部署在政务云。') }),
      fp('b', { name: '乙项目', owner: '乙局', content: builds('本项目主要建设内容包括医保基金智能监管子系统、医疗服务价格监测平台和药品集中采购分析系统，统一部署在政务云。') }),
      fp('c', { name: '丙项目', owner: '丙局', content: builds('建设内容包括水利工程运行调度平台、河湖长制信息系统和防汛抗旱指挥决策系统，依托水利专网运行。') }),
    ], 'zh');
    expect(related[0]!.map((r) => [r.path, r.kind])).toEqual([['b', 'duplicate']]);
    expect(related[1]!.map((r) => [r.path, r.kind])).toEqual([['a', 'duplicate']]);
    expect(related[2]).toEqual([]);
    expect(findings[0]![0]!.message).toMatch(/^重复建设风险，请核实与「乙项目」（乙局）（b）的关系：建设内容和系统的相似度约 \d+%$/);
    expect(related[0]![0]!.similarity).toBeGreaterThanOrEqual(0.6);
  });

  it('a name is looked for by its last characters, and only a name that ends as names do', () => {
    expect(nameKey('吉林省不动产登记信息共享服务平台建设项目')).not.toBeNull();
    expect(nameKey('项目')).toBeNull();
    expect(nameKey('关于做好数据共享工作的通知')).toBeNull();
  });
});
