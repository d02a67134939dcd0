import { describe, expect, it, vi } from 'vitest';

// The interactive init, answered by a script: every prompt goes through inquirer.prompt.
type Asked = { type: string; name: string; message: string; default?: unknown; choices?: ({ value: unknown; name: string } | string)[]; validate?: (v: string) => true | string; transformer?: (v: string, f: { isFinal: boolean }) => string };
const asked: Asked[][] = [];
const answers: Record<string, unknown>[] = [];
vi.mock('inquirer', () => ({
  default: {
    prompt: async (questions: Asked[]) => {
      asked.push(questions);
      return answers.shift() ?? {};
    },
  },
}));

const { askFacts, askFormats } = await import('./ask.js');
const { planPackage, writePackage } = await import('./scaffold.js');
const { loadProfile } = await import('../profiles/profile.js');
const { validatePackage } = await import('../pipeline.js');
const { packagedCalendar } = await import('../calendar/workdays.js');
const { AS_OF, tempDir } = await import('../../test/helpers.js');

/** The choice a list prompt's cursor starts on: its default when one is given, else the first. */
const preselected = (q: Asked): unknown => {
  const values = (q.choices ?? []).map((c) => (typeof c === 'string' ? c : c.value));
  return 'default' in q && values.includes(q.default) ? q.default : values[0];
};
const byName = (name: string): Asked => asked.flat().find((q) => q.name === name)!;

describe('interactive init', () => {
  it('asks each 不予立项 question due at the stage, quoting its condition, with no answer preselected, and keeps "not yet" unanswered', async () => {
    asked.length = 0;
    answers.push({ name: '巴中市医保服务平台建设项目', owner: '巴中市医疗保障局', code: '', category: '建设类', stage: '立项审批' }, { type: '新建', mode: '自行建设', inAnnualPlan: true, estimate: '' }, { 'BZ-NO-PROJECT-1': false, 'BZ-NO-PROJECT-2': null });
    const facts = await askFacts('bazhong');
    const questions = asked[2]!;
    // Due at 立项审批: 第八条, 第十一条 and 第十三条; 第二十七条 (BZ-IP) only from 建设实施, 第十八条 only for 采购服务.
    expect(questions.map((q) => q.name)).toEqual(['BZ-NO-PROJECT-1', 'BZ-NO-PROJECT-2', 'BZ-NO-PROJECT-3', 'BZ-NO-PROJECT-4', 'BZ-NO-PROJECT-5', 'BZ-NO-PROJECT-6', 'BZ-NO-PROJECT-7', 'BZ-NO-PROJECT-8', 'BZ-DATA-FIRST', 'BZ-UPWARD']);
    expect(questions[0]!.message).toBe('是否存在第八条（一）所列情形：“新建或扩建非涉密机房、数据中心、私有云平台，新增非涉密服务器、存储设备、服务端网络设备等硬件设施采购的项目”？');
    expect(questions[0]!.choices!.map((c) => (typeof c === 'string' ? c : c.value))).toEqual([null, false, true]);
    for (const q of questions) expect(preselected(q)).toBeNull();
    expect(facts.declarations).toMatchObject({ 'BZ-NO-PROJECT-1': false, 'BZ-NO-PROJECT-2': null, 'BZ-NO-PROJECT-3': null, 'BZ-SERVICE-1': null, 'BZ-IP': null });
    expect(facts).toMatchObject({ stage: '立项审批', mode: '自行建设', inAnnualPlan: true });
    // The package it makes is not ready for 立项审批 nor for 竣工验收.
    const dir = tempDir();
    writePackage(dir, await planPackage(dir, facts, loadProfile('bazhong'), 'md'));
    for (const stage of ['立项审批', '竣工验收']) {
      const { result } = validatePackage(dir, { lang: 'zh', asOf: AS_OF, calendar: packagedCalendar(), stage });
      const errors = result.findings.filter((f) => f.severity === 'error').map((f) => f.message);
      expect(errors).toEqual(expect.arrayContaining([expect.stringMatching(/^尚未回答 BZ-NO-PROJECT-2：/), '缺少「投资估算（万元）」（自立项审批阶段起应当填写）']));
      expect(errors.some((m) => m.startsWith('尚未回答 BZ-NO-PROJECT-1'))).toBe(false);
    }
  });

  it('吉林 at 计划申报: 第十九条 not yet asked, nor the six 附件4 acceptance conditions; at 竣工验收 all of them, none preselected', async () => {
    asked.length = 0;
    answers.push({ name: '吉林省某厅数据共享平台建设项目', owner: '吉林省某厅', code: '2025-220000-65-01-000001', category: '建设类', stage: '计划申报' }, { type: '新建', mode: null, inAnnualPlan: null, estimate: '1,234.56万元' }, {});
    const early = await askFacts('jilin');
    expect(asked[2]!.map((q) => q.name)).toEqual([]);
    expect(early).toMatchObject({ code: '2025-220000-65-01-000001', money: { roughEstimate: 1234.56 } });
    expect(early).not.toHaveProperty('mode');
    expect(early).not.toHaveProperty('inAnnualPlan');
    // The mode and the annual plan start on 暂不回答 too.
    expect(preselected(byName('mode'))).toBeNull();
    expect(preselected(byName('inAnnualPlan'))).toBeNull();

    asked.length = 0;
    answers.push({ name: '吉林省某厅数据共享平台建设项目', owner: '吉林省某厅', code: '', category: '建设类', stage: '竣工验收' }, { type: '新建', mode: '统一建设', inAnnualPlan: true, estimate: '' }, {});
    await askFacts('jilin');
    const late = asked[2]!;
    // JL-UNIFIED applies to 自行建设 only.
    expect(late.map((q) => q.name)).toEqual(['JL-CLOUD', 'JL-FOUR-SYSTEMS-1', 'JL-FOUR-SYSTEMS-2', 'JL-FOUR-SYSTEMS-3', 'JL-FOUR-SYSTEMS-4', 'JL-ACCEPT-CONDITIONS-1', 'JL-ACCEPT-CONDITIONS-2', 'JL-ACCEPT-CONDITIONS-3', 'JL-ACCEPT-CONDITIONS-4', 'JL-ACCEPT-CONDITIONS-5', 'JL-ACCEPT-CONDITIONS-6']);
    for (const q of late) expect(preselected(q)).toBeNull();
  });

  it('asks the 投资项目代码 and takes an amount as consultants type it, saying what it was read as; a wrong one says what to type', async () => {
    asked.length = 0;
    answers.push({ name: '吉林省某厅数据共享平台建设项目', owner: '吉林省某厅', code: '', category: '建设类', stage: '计划申报' }, { type: '新建', mode: null, inAnnualPlan: null, estimate: '１２３４.５６' }, {});
    const facts = await askFacts('jilin');
    expect(facts).toMatchObject({ money: { roughEstimate: 1234.56 } });
    const code = byName('code');
    expect(code.validate!('2025-220000-65-01-000001')).toBe(true);
    expect(code.validate!('')).toBe(true);
    expect(code.validate!('2025-22')).toBe('应为 24 位代码，如 2025-220000-65-01-123456；没有时留空');
    const estimate = byName('estimate');
    for (const ok of ['1,234.56', '1234.56万元', '１２３４.５６', '']) expect(estimate.validate!(ok)).toBe(true);
    expect(estimate.validate!('一千二')).toMatch(/^无法读作一个金额「一千二」：请输入以万元计的金额，如 1234\.56/);
    expect(estimate.transformer!('1,234.56', { isFinal: true })).toBe('1,234.56（按 1234.56 万元记录）');
    expect(estimate.transformer!('12,345,600元', { isFinal: true })).toBe('12,345,600元（12,345,600元 按 1234.56 万元记录）');
  });

  it('asks in which formats the documents and the tables are kept, Word and Excel first, and scaffolds what it is told', async () => {
    asked.length = 0;
    answers.push({ docs: 'md', tables: 'xlsx' });
    const formats = await askFormats({ docs: true, tables: true });
    expect(asked[0]!.map((q) => q.name)).toEqual(['docs', 'tables']);
    expect(asked[0]![0]!.choices!.map((c) => (typeof c === 'string' ? c : c.value))).toEqual(['docx', 'md']);
    expect(asked[0]![1]!.choices!.map((c) => (typeof c === 'string' ? c : c.value))).toEqual(['xlsx', 'yaml']);
    expect(formats).toEqual({ docs: 'md', tables: 'xlsx' });
    const dir = tempDir();
    const files = await planPackage(dir, { profile: 'jilin', name: '吉林省某厅信息化建设项目' }, loadProfile('jilin'), formats.docs, formats.tables);
    const paths = files.map((f) => f.path);
    expect(paths.filter((p) => p.startsWith('tables/')).every((p) => p.endsWith('.xlsx'))).toBe(true);
    expect(paths.filter((p) => p.startsWith('docs/')).every((p) => p.endsWith('.md'))).toBe(true);
    expect(paths.some((p) => p.startsWith('tables/'))).toBe(true);
    // A format given on the command line is not asked again.
    asked.length = 0;
    answers.push({ tables: 'yaml' });
    await askFormats({ docs: false, tables: true });
    expect(asked[0]!.map((q) => q.name)).toEqual(['tables']);
  });
});
