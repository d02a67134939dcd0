import { describe, expect, it } from 'vitest';
import { addMonths } from '../src/calendar/dates.js';
import type { Facts } from '../src/rules/types.js';
import { run } from './rule-context.js';
import { checkExample } from './rule-harness.js';

// Articles read as written, and dates outside any project's calendar.

const loud = (xs: { severity: string }[]) => xs.filter((x) => x.severity !== 'info');
/** The findings at the dates (the route's documents and the declarations are other checks of the rule). */
const atDates = (xs: { severity: string; pointer?: string }[]) => xs.filter((x) => x.pointer?.startsWith('/dates/'));

describe('自评价 “通过竣工验收并投入运行后 12 至 24 个月内”: from the later of the two', () => {
  // Accepted 2026-03-01, in operation only from 2026-06-01: the window is 2027-06-01 to 2028-06-01.
  const facts = (selfEvaluation: string, operationStart: string | null = '2026-06-01') =>
    ({ stage: '运行维护', dates: { accepted: '2026-03-01', ...(operationStart ? { operationStart } : {}), selfEvaluation } }) as Facts;
  for (const [pid, id, article] of [['jilin', 'JL-SELF-EVAL', '吉林 第二十八条'], ['gulou', 'GL-SELF-EVAL', '鼓楼 第二十四条'], ['national', 'NAT-SELF-EVAL', '国办发〔2019〕57号']] as const) {
    it(`${article} (${id}): 12 months after acceptance but before 12 months of operation is too early`, () => {
      expect(loud(run(pid, id, facts('2027-04-01'))).map((x) => x.zh)).toEqual(['自评价日期 2027-04-01 不在正式运行（2026-06-01）后 12–24 个月内（2027-06-01 至 2028-06-01）']);
      expect(loud(run(pid, id, facts('2027-06-01')))).toEqual([]);
      expect(loud(run(pid, id, facts('2028-06-01')))).toEqual([]);
    });
    it(`${article} (${id}): with no operation date the window cannot be told, and is said to be so`, () => {
      const seen = run(pid, id, facts('2027-04-01', null));
      expect(seen.map((x) => x.severity)).toEqual(['needs']);
      expect(seen[0]!.zh).toContain('较晚的一日');
    });
  }
});

describe('吉林 第八条（三）: a 涉密 project is an exception to 统一建设', () => {
  it('JL-UNIFIED asks no selfBuildReason of a classified self-built project', () => {
    expect(loud(run('jilin', 'JL-UNIFIED', { mode: '自行建设', classified: true } as Facts))).toEqual([]);
    expect(run('jilin', 'JL-UNIFIED', { mode: '自行建设', classified: false } as Facts).filter((x) => x.severity === 'error').map((x) => x.pointer)).toEqual(['/mode']);
  });
});

describe('鼓楼 第十三条 “未经审批…不得开展招投标或政府采购工作”: the dates decide', () => {
  const approved = { proposalApproved: '2025-01-10', feasibilityApproved: '2025-03-10', designApproved: '2025-04-28' };
  it('a contract signed before the design approval is an error, whatever the declaration says', () => {
    const seen = atDates(run('gulou', 'GL-ALWAYS-APPROVE', { declarations: { 'GL-ALWAYS-APPROVE': false }, dates: { ...approved, contractSigned: '2025-04-20' } } as unknown as Facts));
    expect(seen.map((x) => [x.pointer, x.zh])).toEqual([['/dates/contractSigned', '合同签订于 2025-04-20，早于初步设计批复（2025-04-28）：未经审批不得开展招投标或政府采购工作']]);
  });
  it('construction begun before the feasibility approval, too; on the day of approval it is not before', () => {
    expect(atDates(run('gulou', 'GL-ALWAYS-APPROVE', { dates: { proposalApproved: '2025-01-10', feasibilityApproved: '2025-03-10', constructionStart: '2025-03-01' } } as Facts)).map((x) => x.pointer)).toEqual(['/dates/constructionStart']);
    expect(atDates(run('gulou', 'GL-ALWAYS-APPROVE', { dates: { ...approved, contractSigned: '2025-04-28', constructionStart: '2025-05-06' } } as Facts))).toEqual([]);
  });
  it('a contract with no approval date at all: the check says what it lacks', () => {
    expect(atDates(run('gulou', 'GL-ALWAYS-APPROVE', { dates: { contractSigned: '2025-04-20' } } as Facts)).map((x) => [x.severity, x.pointer])).toEqual([['needs', '/dates/contractSigned']]);
  });
});

describe('吉林 第二十条 “对建设期超过1年的项目…在建设期内每年年底前”', () => {
  // Built 2024-07-15 to 2025-10-31, accepted 2026-08-26: the year ends inside are 2024 and 2025.
  const dates = { constructionStart: '2024-07-15', constructionEnd: '2025-10-31', accepted: '2026-08-26' };
  const reports = [{ year: 2024, kind: '绩效评价报告', filed: '2024-12-20' }, { year: 2025, kind: '绩效评价报告', filed: '2025-12-20' }];
  it('no report for the year of acceptance (accepted before its year end) nor any year after', () => {
    expect(loud(run('jilin', 'JL-ANNUAL-EVAL', { stage: '运行维护', dates, reports } as Facts, '2028-03-01'))).toEqual([]);
  });
  it('each year end inside the construction period still needs one', () => {
    expect(loud(run('jilin', 'JL-ANNUAL-EVAL', { stage: '运行维护', dates, reports: reports.slice(0, 1) } as Facts, '2028-03-01')).map((x) => x.zh)).toEqual(['缺少 2025 年度绩效评价报告（应在 2025-12-31 前报送）']);
  });
  it('before 建设实施 the dates are plans: nothing is due', () => {
    expect(loud(run('jilin', 'JL-ANNUAL-EVAL', { stage: '立项审批', dates: { constructionStart: '2024-07-15', constructionEnd: '2025-10-31' } } as Facts, '2026-11-24'))).toEqual([]);
  });
});

describe('a filing deadline in a year the holiday data does not cover', () => {
  // 襄汾 第十八条: the contract filed within 5 working days. 2026-12-29 + 5 working days lies in 2027.
  it('filed on a covered day within the working days: certain, no 无法确定 warning', () => {
    expect(run('xiangfen', 'XF-CONTRACT-5WD', { stage: '建设实施', dates: { contractSigned: '2026-12-29', contractFiled: '2026-12-31' } } as Facts, '2027-01-10')).toEqual([]);
  });
  it('not yet filed, or filed in the uncovered year: the deadline is uncertain and said to be', () => {
    expect(run('xiangfen', 'XF-CONTRACT-5WD', { stage: '建设实施', dates: { contractSigned: '2026-12-29' } } as Facts, '2026-12-30').map((x) => x.severity)).toEqual(['uncovered']);
    expect(run('xiangfen', 'XF-CONTRACT-5WD', { stage: '建设实施', dates: { contractSigned: '2026-12-29', contractFiled: '2027-01-04' } } as Facts, '2027-01-10').map((x) => x.severity)).toEqual(['uncovered']);
  });
});

describe('吉林 第二十六条 JL-ACCEPT-6M for a 运维类 project: no trial run asked, as STAGE-REQUIRED asks none', () => {
  const dates = { preliminaryAcceptance: '2026-03-01', acceptanceRequested: '2026-05-01' };
  it('a 运维类 project counts from its preliminary acceptance', () => {
    expect(loud(run('jilin', 'JL-ACCEPT-6M', { category: '运维类', dates } as Facts))).toEqual([]);
    expect(loud(run('jilin', 'JL-ACCEPT-6M', { category: '运维类', dates: { preliminaryAcceptance: '2026-03-01' } } as Facts, '2026-09-02')).map((x) => x.zh)).toEqual([
      '竣工验收申请应在 2026-09-01 前提交（初步验收于 2026-03-01）；逾期须提交延期验收申请',
    ]);
  });
  it('a 建设类 project still needs its stable trial run first', () => {
    expect(loud(run('jilin', 'JL-ACCEPT-6M', { category: '建设类', dates } as Facts)).map((x) => x.zh)).toEqual(['申请竣工验收前须完成试运行稳定（dates.trialRunStable）']);
  });
});

describe('dates outside any project’s calendar', () => {
  it('years before 1900 or after 2199 are a schema error, not a deadline', () => {
    const c = checkExample('jilin', [{ from: 'accepted: 2026-08-26', to: 'accepted: 0026-08-26' }]);
    const schema = c.findings.filter((f) => f.ruleId === 'schema' && f.severity === 'error');
    expect(schema.map((f) => f.message)).toEqual(['竣工验收日期的年份应在 1900 至 2199 之间，而不是 0026-08-26']);
    expect(c.findings.filter((f) => /\+0|00[0-9]{2}-|19[0-9]{2}-/.test(f.message) && f.ruleId !== 'schema')).toEqual([]);
  });
  it('months are added in the year written, even below 100 (Date.UTC reads 26 as 1926)', () => {
    expect(addMonths('0026-08-26', 12)).toBe('0027-08-26');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
  });
});
