import { describe, expect, it, vi } from 'vitest';

// The interactive init, answered by a script: every prompt goes through inquirer.prompt.
const asked: { name: string; message: string; choices?: { value: unknown }[] }[][] = [];
const answers: Record<string, unknown>[] = [];
vi.mock('inquirer', () => ({
  default: {
    prompt: async (questions: { name: string; message: string; choices?: { value: unknown }[] }[]) => {
      asked.push(questions);
      return answers.shift() ?? {};
    },
  },
}));

const { askFacts, askTablesFormat } = await import('./ask.js');
const { planPackage, writePackage } = await import('./scaffold.js');
const { loadProfile } = await import('../profiles/profile.js');
const { validatePackage } = await import('../pipeline.js');
const { packagedCalendar } = await import('../calendar/workdays.js');
const { AS_OF, tempDir } = await import('../../test/helpers.js');

describe('interactive init', () => {
  it('asks each 不予立项 question quoting its condition, and keeps "not yet" unanswered', async () => {
    answers.push({ name: '巴中市医保服务平台建设项目', owner: '巴中市医疗保障局', category: '建设类' }, { type: '新建', estimate: '' }, { 'BZ-NO-PROJECT-1': false, 'BZ-NO-PROJECT-2': null });
    const facts = await askFacts('bazhong');
    const questions = asked[2]!;
    expect(questions.map((q) => q.name)).toEqual(['BZ-NO-PROJECT-1', 'BZ-NO-PROJECT-2', 'BZ-NO-PROJECT-3', 'BZ-NO-PROJECT-4', 'BZ-NO-PROJECT-5', 'BZ-NO-PROJECT-6', 'BZ-NO-PROJECT-7', 'BZ-NO-PROJECT-8', 'BZ-DATA-FIRST', 'BZ-UPWARD', 'BZ-IP']);
    expect(questions[0]!.message).toBe('是否存在第八条（一）所列情形：“新建或扩建非涉密机房、数据中心、私有云平台，新增非涉密服务器、存储设备、服务端网络设备等硬件设施采购的项目”？');
    expect(questions[0]!.choices!.map((c) => c.value)).toEqual([true, false, null]);
    // The 采购服务 conditions are not asked of a project built in-house, and stay unanswered.
    expect(facts.declarations).toMatchObject({ 'BZ-NO-PROJECT-1': false, 'BZ-NO-PROJECT-2': null, 'BZ-NO-PROJECT-3': null, 'BZ-SERVICE-1': null });
    // The package it makes is not ready for 立项审批 nor for 竣工验收.
    const dir = tempDir();
    writePackage(dir, await planPackage(dir, facts, loadProfile('bazhong'), 'md'));
    for (const stage of ['立项审批', '竣工验收']) {
      const { result } = validatePackage(dir, { lang: 'zh', asOf: AS_OF, calendar: packagedCalendar(), stage });
      const errors = result.findings.filter((f) => f.severity === 'error').map((f) => f.message);
      expect(errors).toEqual(expect.arrayContaining([expect.stringMatching(/^尚未回答 BZ-NO-PROJECT-2：/), '缺少「投资估算（万元）」（自立项审批阶段起应当填写）', expect.stringMatching(/下只有骨架的编写提示/)]));
      expect(errors.some((m) => m.startsWith('尚未回答 BZ-NO-PROJECT-1'))).toBe(false);
    }
  });

  it('asks in which format the tables are kept, Excel first, and scaffolds workbooks when told', async () => {
    asked.length = 0;
    answers.push({ tables: 'xlsx' });
    const format = await askTablesFormat();
    expect(asked[0]![0]!.choices!.map((c) => c.value)).toEqual(['xlsx', 'yaml']);
    expect(format).toBe('xlsx');
    const dir = tempDir();
    const files = await planPackage(dir, { profile: 'jilin', name: '吉林省某厅信息化建设项目' }, loadProfile('jilin'), 'md', format);
    const tables = files.map((f) => f.path).filter((p) => p.startsWith('tables/'));
    expect(tables.length).toBeGreaterThan(0);
    expect(tables.every((p) => p.endsWith('.xlsx'))).toBe(true);
  });
});
