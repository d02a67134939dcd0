import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { rulesInForce } from '../src/rules/engine.js';
import { loadProfile } from '../src/profiles/profile.js';
import { AS_OF, copyExample, edit, EXAMPLES, positionOf, ROOT, validateJson, zwpack } from './helpers.js';

describe('zwpack validate on the shipped examples', () => {
  for (const [profile, dir] of Object.entries(EXAMPLES)) {
    it(`${profile}: zero findings, exit 0`, () => {
      const r = validateJson(dir);
      expect(r.findings).toEqual([]);
      expect(r.status).toBe(0);
    });
  }

  it('validates several folders in one call and names each', () => {
    const r = zwpack(['validate', EXAMPLES.jinhu, EXAMPLES.jilin, '--format', 'json']);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { packages: { path: string; profile: string }[] };
    expect(out.packages.map((p) => [p.path, p.profile])).toEqual([
      [EXAMPLES.jinhu, 'jinhu'],
      [EXAMPLES.jilin, 'jilin'],
    ]);
  });
});

describe('schema findings point at the right place', () => {
  it('a negative amount: exit 1, at the value, named by its title', () => {
    const dir = copyExample('jilin');
    const f = join(dir, 'project.yaml');
    edit(f, 'estimate: 842.6', 'estimate: -842.6');
    const at = positionOf(f, '-842.6');
    const r = validateJson(dir);
    expect(r.status).toBe(1);
    expect(r.findings).toEqual([
      { ruleId: 'schema', severity: 'error', message: '投资估算（万元）应当大于 0', file: 'project.yaml', ...at, source: null },
    ]);
  });

  it('a wrong type: exit 1, at the value', () => {
    const dir = copyExample('jinhu');
    const f = join(dir, 'project.yaml');
    edit(f, 'classified: false', 'classified: 否');
    const at = positionOf(f, 'classified: 否', '否');
    const r = validateJson(dir);
    expect(r.status).toBe(1);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ ruleId: 'schema', file: 'project.yaml', ...at });
    expect(r.findings[0]!.message).toContain('是否涉密');
  });

  it('an unknown key (a typo): exit 1, at the key, naming it', () => {
    const dir = copyExample('gulou');
    const f = join(dir, 'project.yaml');
    edit(f, 'procurementNo:', 'procurmentNo:');
    const at = positionOf(f, 'procurmentNo');
    const r = validateJson(dir);
    expect(r.status).toBe(1);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ ruleId: 'schema', ...at });
    expect(r.findings[0]!.message).toContain('procurmentNo');
  });

  it('a nested unknown key is found at its own line', () => {
    const dir = copyExample('bazhong');
    const f = join(dir, 'project.yaml');
    edit(f, '  department: 规划财务和法规科', '  departmnt: 规划财务和法规科');
    const at = positionOf(f, 'departmnt');
    const r = validateJson(dir);
    expect(r.findings).toEqual([expect.objectContaining({ ...at, message: expect.stringContaining('departmnt') })]);
  });

  it('a YAML syntax error: exit 1, ruleId yaml, at the line', () => {
    const dir = copyExample('xiangfen');
    const f = join(dir, 'project.yaml');
    edit(f, 'stage: 建设实施', 'stage: [建设实施');
    const r = validateJson(dir);
    expect(r.status).toBe(1);
    expect(r.findings.length).toBeGreaterThan(0);
    expect(r.findings.every((x) => x.ruleId === 'yaml')).toBe(true);
    expect(r.findings[0]!.line).toBeGreaterThanOrEqual(positionOf(f, '[建设实施').line);
  });

  it('a duplicate key: exit 1 at the second key', () => {
    const dir = copyExample('national');
    const f = join(dir, 'project.yaml');
    edit(f, 'category: 建设类', 'category: 建设类\ncategory: 运维类');
    const at = positionOf(f, 'category: 运维类');
    const r = validateJson(dir);
    expect(r.status).toBe(1);
    expect(r.findings).toEqual([expect.objectContaining({ ruleId: 'yaml', line: at.line, column: 1 })]);
  });

  it('a table row with a wrong field: finding in the table file', () => {
    const dir = copyExample('jilin');
    const f = join(dir, 'tables', '项目总投资估算表.yaml');
    edit(f, 'kind: 预备费', 'kind: 不可预见费');
    const at = positionOf(f, '不可预见费');
    const r = validateJson(dir);
    expect(r.status).toBe(1);
    expect(r.findings).toEqual([expect.objectContaining({ file: 'tables/项目总投资估算表.yaml', ...at })]);
    expect(r.findings[0]!.message).toContain('费用类别');
  });

  it('regulation rules wait until project.yaml is valid, and say so', () => {
    const dir = copyExample('jilin');
    edit(join(dir, 'project.yaml'), 'estimate: 842.6', 'estimate: -1');
    const r = validateJson(dir);
    expect(r.all).toContainEqual(expect.objectContaining({ ruleId: 'rules', severity: 'info', file: 'project.yaml', line: 1, column: 1 }));
  });

  it('--lang en names the field by its key path', () => {
    const dir = copyExample('jilin');
    edit(join(dir, 'project.yaml'), 'estimate: 842.6', 'estimate: 0');
    const r = validateJson(dir, ['--lang', 'en']);
    expect(r.findings[0]!.message).toBe('money.estimate must be greater than 0');
  });
});

describe('profile data narrows the facts', () => {
  it('a class the profile does not have is refused, listing the allowed ones', () => {
    const dir = copyExample('gulou');
    const f = join(dir, 'project.yaml');
    edit(f, 'class: A类', 'class: 重点类');
    const r = validateJson(dir);
    expect(r.findings).toEqual([expect.objectContaining({ ...positionOf(f, 'class: 重点类', '重点类'), message: expect.stringContaining('A类、B类、C类') })]);
  });

  it('a class under a profile without classes does not apply', () => {
    const dir = copyExample('jilin');
    const f = join(dir, 'project.yaml');
    edit(f, 'stage: 竣工验收', 'class: 重点类\nstage: 竣工验收');
    const r = validateJson(dir);
    expect(r.findings).toEqual([expect.objectContaining({ message: expect.stringContaining('不适用于吉林省') })]);
  });

  it('a fund nature outside the profile list is refused', () => {
    const dir = copyExample('jinhu');
    const f = join(dir, 'project.yaml');
    edit(f, 'nature: 向上争取资金', 'nature: 社会资本');
    expect(validateJson(dir).findings).toEqual([expect.objectContaining({ ...positionOf(f, '社会资本') })]);
  });

  it('a declaration key the profile does not ask is refused at the key', () => {
    const dir = copyExample('bazhong');
    const f = join(dir, 'project.yaml');
    edit(f, 'BZ-DATA-FIRST: false', 'BZ-DATA-FRST: false');
    const r = validateJson(dir);
    expect(r.findings).toEqual([expect.objectContaining({ ...positionOf(f, 'BZ-DATA-FRST'), message: expect.stringContaining('BZ-DATA-FRST') })]);
  });

  it('a construction type that does not fit the category is refused', () => {
    const dir = copyExample('xiangfen');
    const f = join(dir, 'project.yaml');
    edit(f, 'category: 建设类', 'category: 运维类');
    const r = validateJson(dir);
    expect(r.findings).toEqual([expect.objectContaining({ ...positionOf(f, 'type: 改建', '改建'), message: expect.stringContaining('硬件运维') })]);
  });

  it('a document path that leaves the package is an error', () => {
    const dir = copyExample('jilin');
    const f = join(dir, 'project.yaml');
    edit(f, 'proposal: docs/项目建议书.docx', 'proposal: ../../etc/项目建议书.md');
    const r = validateJson(dir);
    expect(r.findings).toEqual([expect.objectContaining({ ruleId: 'package', ...positionOf(f, '../../etc') })]);
  });
});

describe('exit statuses', () => {
  it('a folder that does not exist: exit 2 and one line', () => {
    const r = zwpack(['validate', 'no/such/folder']);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('no/such/folder');
    expect(r.stdout).toBe('');
  });

  it('--fail-on warning turns a warning into exit 1', () => {
    const dir = copyExample('jilin');
    const f = join(dir, 'tables', '信息资源目录.yaml');
    // A GBK file is read with a warning, not refused.
    writeFileSync(f, execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GB18030'], { input: readFileSync(f) }));
    expect(zwpack(['validate', dir]).status).toBe(0);
    expect(zwpack(['validate', dir, '--fail-on', 'warning']).status).toBe(1);
  });

  it('an unknown option is exit 2', () => {
    expect(zwpack(['validate', '--frmat', 'json']).status).toBe(2);
  });
});


describe('many packages', () => {
  it('--recursive finds every package below a folder', () => {
    const r = zwpack(['validate', '--recursive', 'examples', '--format', 'json', '--as-of', AS_OF]);
    expect(r.status).toBe(0);
    const paths = (JSON.parse(r.stdout) as { packages: { path: string }[] }).packages.map((p) => p.path);
    expect(paths.sort()).toEqual(Object.values(EXAMPLES).sort());
  });

  it('the CI templates validate every package of a repository', () => {
    for (const f of ['github-actions.yml', 'gitlab-ci.yml']) {
      const text = readFileSync(join(ROOT, 'examples/ci', f), 'utf8');
      expect(() => parse(text)).not.toThrow();
      expect(text).toContain('zwpack validate --recursive .');
    }
  });
});

describe('--holidays', () => {
  it('adds a year the packaged data lacks, so a 2027 deadline is counted, not warned about', () => {
    const dir = copyExample('xiangfen');
    const f = join(dir, 'project.yaml');
    edit(f, 'contractSigned: 2026-09-24', 'contractSigned: 2026-12-29');
    edit(f, 'contractFiled: 2026-10-09', 'contractFiled: 2027-01-06');
    expect(validateJson(dir).findings).toEqual([expect.objectContaining({ ruleId: 'XF-CONTRACT-5WD', severity: 'warning' })]);
    const extra = join(dir, '..', 'holidays-2027.yaml');
    writeFileSync(extra, 'holidays:\n  2027-01-01: 元旦\nworkdays: {}\n');
    const r = validateJson(dir, ['--holidays', extra]);
    expect(r.findings).toEqual([]);
    expect(r.status).toBe(0);
  });
});

describe('what ✔ means: the stage and the rules checked', () => {
  it('JSON says the stage and how many rules checked it, waited for a later stage, or lacked a due fact', () => {
    const r = zwpack(['validate', EXAMPLES.bazhong, '--format', 'json', '--as-of', AS_OF]);
    const summary = (JSON.parse(r.stdout) as { packages: { summary: Record<string, unknown> }[] }).packages[0]!.summary;
    expect(summary).toMatchObject({ error: 0, warning: 0, stage: '建设实施', blocked: 0 });
    // 巴中's self-evaluation, trial-run and O&M… rules wait for later stages.
    expect(summary.notYetDue).toBeGreaterThan(0);
    expect(Number(summary.checked) + Number(summary.notYetDue)).toBe(rulesInForce(loadProfile('bazhong')).length);
  });

  it('the pretty summary line names the stage and the counts', () => {
    const r = zwpack(['validate', EXAMPLES.national, '--as-of', AS_OF]);
    expect(r.stdout).toMatch(/✔ examples\/national-shuili-gongxiang（national） 立项审批：\d+ 条规则已检查，\d+ 条未到阶段；0 个错误，0 个警告，0 条提示/);
    const en = zwpack(['--lang', 'en', 'validate', EXAMPLES.national, '--as-of', AS_OF]);
    expect(en.stdout).toMatch(/at 立项审批: \d+ rules checked, \d+ not yet due; 0 errors/);
  });

  it('--stage checks against a later stage without touching project.yaml', () => {
    const dir = copyExample('bazhong');
    const before = readFileSync(join(dir, 'project.yaml'), 'utf8');
    const r = validateJson(dir, ['--stage', '竣工验收']);
    expect(r.status).toBe(1);
    expect(r.findings.filter((f) => f.ruleId === 'STAGE-REQUIRED').map((f) => f.message)).toEqual(expect.arrayContaining(['缺少「试运行稳定日期」（自竣工验收阶段起应当填写）']));
    expect(readFileSync(join(dir, 'project.yaml'), 'utf8')).toBe(before);
    expect(validateJson(dir).status).toBe(0);
  });

  it('--stage with a stage no profile has is exit 2 with one line; one the package\'s profile lacks is a finding', () => {
    const r = zwpack(['validate', EXAMPLES.bazhong, '--stage', '验收']);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('未知的阶段：验收');
    // 档案验收 is a stage of 吉林, not of 巴中.
    const v = validateJson(EXAMPLES.bazhong, ['--stage', '档案验收']);
    expect(v.status).toBe(1);
    expect(v.findings.map((f) => f.message)).toContain('--stage「档案验收」不是巴中市办法的阶段，可选：计划申报、立项审批、招标采购、建设实施、试运行、预验收、竣工验收、运行维护');
  });
});
