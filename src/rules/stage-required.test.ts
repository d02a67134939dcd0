import { describe, expect, it } from 'vitest';
import { checkExample, expectFires, expectQuiet } from '../../test/rule-harness.js';
import { EXAMPLES } from '../../test/helpers.js';
import { profileIds, loadProfile } from '../profiles/profile.js';
import { readTablesRegistry } from '../package/tables.js';
import { projectSchema } from '../schema/compile.js';
import { schemaAt } from '../schema/titles.js';
import { rulesInForce } from './engine.js';

describe('STAGE-REQUIRED', () => {
  it('fires on a fact due at the package\'s stage, naming the fact, the stage and the article', () => {
    const c = checkExample('national', [{ from: 'code: 2026-340000-65-01-210087\n', to: '' }]);
    // Nothing of it is left in project.yaml: the finding stands at the stage that asks for it.
    const [f] = expectFires(c, 'STAGE-REQUIRED', { context: 'stage: 立项审批', needle: '立项审批' });
    expect(f!.message).toBe('缺少「投资项目统一代码」（自立项审批阶段起应当填写）');
    expect(f!.source).toBe('《国家政务信息化项目建设管理办法》（国办发〔2019〕57号）（规划和审批管理）');
  });

  it('fires on a fact still holding init\'s placeholder', () => {
    const c = checkExample('national', [{ from: 'name: 淮河流域水利数据共享交换平台建设项目', to: 'name: （项目名称）' }]);
    const [f] = expectFires(c, 'STAGE-REQUIRED', { context: 'name: （项目名称）', needle: '（项目名称）' });
    expect(f!.message).toContain('仍是占位内容「（项目名称）」');
  });

  it('fires on a question left unanswered (null), at the answer, citing its own article', () => {
    const c = checkExample('bazhong', [{ from: 'BZ-NO-PROJECT-3: false', to: 'BZ-NO-PROJECT-3: null' }]);
    const [f] = expectFires(c, 'STAGE-REQUIRED', { context: 'BZ-NO-PROJECT-3: null', needle: 'null' });
    expect(f!.message).toMatch(/^尚未回答 BZ-NO-PROJECT-3：第八条（三）“未部署到/);
    expect(f!.source).toBe('《“智慧巴中”建设项目管理办法》第八条（三）');
  });

  it('fires on an annex table without rows, in the table', () => {
    const c = checkExample('national', [], { write: { 'tables/信息资源目录.yaml': 'table: resource-catalogue\ntitle: 信息资源目录\nunit: 万元\nrows: []\n' } });
    const mine = c.findings.filter((f) => f.ruleId === 'STAGE-REQUIRED');
    expect(mine.map((f) => [f.file, f.line, f.message])).toEqual([['tables/信息资源目录.yaml', 4, '附表「信息资源目录」还没有数据行（自立项审批阶段起应当填写）']]);
  });

  it('waits for the stage: 试运行 dates are not due while building, and are at 竣工验收 (with the local article)', () => {
    expectQuiet(checkExample('bazhong'), 'STAGE-REQUIRED');
    const c = checkExample('bazhong', [{ from: 'stage: 建设实施', to: 'stage: 竣工验收' }]);
    const messages = c.findings.filter((f) => f.ruleId === 'STAGE-REQUIRED').map((f) => `${f.message} ${f.source}`);
    expect(messages).toContain('缺少「试运行开始日期」（自试运行阶段起应当填写） 《“智慧巴中”建设项目管理办法》第二十八条');
    expect(messages).toContain('缺少「初步验收（预验收）日期」（自竣工验收阶段起应当填写） 《“智慧巴中”建设项目管理办法》第二十八条');
  });

  it('with no stage stated, warns and checks as at the profile\'s first stage', () => {
    const c = checkExample('national', [{ from: 'stage: 立项审批\n', to: '' }]);
    const mine = c.findings.filter((f) => f.ruleId === 'STAGE-REQUIRED');
    expect(mine.map((f) => [f.severity, f.message])).toEqual([['warning', '未填写当前阶段（stage），按「计划申报」检查']]);
  });

  it('applies an item only when its condition holds (吉林 工作量核算表 only with software development)', () => {
    const remove = ['tables/应用系统定制开发工作量核算表.yaml'];
    const withDev = checkExample('jilin', [], { remove });
    expect(withDev.findings.filter((f) => f.ruleId === 'STAGE-REQUIRED').map((f) => f.message)).toEqual(['缺少附表「应用系统定制开发工作量初步核算表」（tables/应用系统定制开发工作量核算表.yaml，自立项审批阶段起应当具备）']);
    const without = checkExample('jilin', [{ from: 'softwareDevelopment: true', to: 'softwareDevelopment: false' }], { remove });
    expectQuiet(without, 'STAGE-REQUIRED');
  });

  for (const profile of Object.keys(EXAMPLES) as (keyof typeof EXAMPLES)[]) {
    it(`stays quiet on the ${profile} example`, () => {
      expectQuiet(checkExample(profile), 'STAGE-REQUIRED');
    });
  }
});

describe('the profiles\' stage data', () => {
  for (const id of profileIds()) {
    it(`${id}: every requirement names a stage, fact, table or question the profile has`, () => {
      const p = loadProfile(id);
      for (const [key, r] of Object.entries(p.requires)) {
        if (!r) continue;
        expect(p.stages, key).toContain(r.from);
        expect([r.fact, r.table, r.declarations].filter((x) => x !== undefined), key).toHaveLength(1);
        if (r.fact) expect(schemaAt(projectSchema(), r.fact.split('/').slice(1)), key).not.toBeNull();
        if (r.table) expect(Object.keys(readTablesRegistry()), key).toContain(r.table);
        if (r.declarations) expect(p.questions.some((q) => q.rule === r.declarations), key).toBe(true);
      }
      // A rule counted as not yet due before a stage names a stage of every profile it is in force in.
      for (const { rule } of rulesInForce(p)) if (rule.meta.stage) expect(p.stages, rule.meta.id).toContain(rule.meta.stage);
    });
  }
});
