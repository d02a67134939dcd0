import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir, zwpack } from '../../test/helpers.js';
import { checkProfileFile, paramsSchema } from './profile-check.js';
import { RULES } from './index.js';

const XIANGFEN = readFileSync(join(ROOT, 'profiles', 'xiangfen.yaml'), 'utf8').replace('id: xiangfen', 'id: mine');

/** xiangfen.yaml as a user's profile `mine.yaml`, with one change; its findings as `line:col message`. */
function check(from: string, to: string): string[] {
  expect(XIANGFEN).toContain(from);
  const file = join(tempDir(), 'mine.yaml');
  writeFileSync(file, XIANGFEN.replace(from, to));
  return checkProfileFile(file, 'mine.yaml', 'zh').map((f) => `${f.line}:${f.column} ${f.message}`);
}
const lineOf = (text: string): number => XIANGFEN.split('\n').findIndex((l) => l.includes(text)) + 1;

describe('profile check', () => {
  it("zwpack's own profiles, as a user's copy, have nothing to say", () => {
    expect(check('id: mine', 'id: mine')).toEqual([]);
  });

  it('a misspelt rule ID is an error at its key, with the likely one (it is never dropped silently)', () => {
    expect(check('  XF-REVIEW: {}', '  XF-REVEIW: {}')).toContain(`${lineOf('  XF-REVIEW: {}')}:3 未知的规则 XF-REVEIW（是否为 XF-REVIEW？）；zwpack rules 列出全部规则，或用 use: 规则族 定义新规则`);
    // A misspelt rule switched off is as wrong as one switched on.
    expect(check('  NAT-STAGES: false', '  NAT-STAGE: false')[0]).toMatch(/^\d+:3 未知的规则 NAT-STAGE（是否为 NAT-STAGES？）/);
  });

  it('a parameter the rule does not take, and a value of the wrong type, at their places', () => {
    expect(check('  XF-STAGES: {}', '  XF-STAGES: {days: 3}')).toEqual([`${lineOf('  XF-STAGES: {}')}:15 规则 XF-STAGES 没有参数「days」（可用：无）`]);
    expect(check('    workdays: 5\n', '    workdays: five\n')).toEqual([`${lineOf('    workdays: 5')}:15 XF-CONTRACT-5WD 的参数「workdays」应当是整数，而不是 five`]);
    expect(check('  NAT-STAGES: false', '  NAT-STAGES: false\n  NAT-ACCEPT-6M: {months: 6.5}')[0]).toMatch(/NAT-ACCEPT-6M 的参数「months」应当是整数/);
  });

  it('a family that does not exist, and a family rule without its article', () => {
    expect(check('    use: filing-deadline\n    article: 第十八条\n', '    use: filing-dedline\n    article: 第十八条\n')).toEqual([
      `${lineOf('    use: filing-deadline')}:10 未知的规则族「filing-dedline」（可用：declarations、filing-deadline、months-after、amount-threshold、date-order、fact-required、table-columns、materials、self-evaluation、change-size）`,
    ]);
    expect(check('    article: 第十八条\n    stage: 建设实施\n', '    stage: 建设实施\n')).toEqual([`${lineOf('  XF-CONTRACT-5WD:')}:3 规则 XF-CONTRACT-5WD 缺少 article（所依据的条款，如 第十八条）`]);
  });

  it('a material without an article, an unknown parent, and a question of a rule not in force', () => {
    expect(check("  - {id: '02', title: 监理单位备案材料, article: 第二十一条, rule: XF-SUPERVISOR}", "  - {id: '02', title: 监理单位备案材料, rule: XF-SUPERVISOR}")).toEqual([`${lineOf('监理单位备案材料')}:5 缺少必填项：条款（article）`]);
    expect(check('extends: national', 'extends: nationl')).toEqual([expect.stringMatching(/^2:10 继承的办法「nationl」不存在（可用：national、bazhong/)]);
    expect(check('  XF-REVIEW: {}', '  XF-REVIEW: false')).toEqual(expect.arrayContaining([expect.stringMatching(/问题 XF-REVIEW-NETWORK 所属的规则 XF-REVIEW 不在本办法的 rules 中$/)]));
  });

  it('a user profile may not take the id of one of zwpack’s own', () => {
    const file = join(tempDir(), 'jilin.yaml');
    writeFileSync(file, XIANGFEN.replace('id: mine', 'id: jilin'));
    expect(checkProfileFile(file, 'jilin.yaml', 'zh').map((f) => f.message)).toEqual(['jilin 是 zwpack 内置的办法，请另取标识']);
  });

  it('the build fails on a profile of its own with a mistake, naming file, line and column', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'mine.yaml'), XIANGFEN.replace('  XF-REVIEW: {}', '  XF-REVEIW: {}'));
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'check-profiles.mjs'), dir], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`mine\\.yaml:${lineOf('  XF-REVIEW: {}')}:3: error: 未知的规则 XF-REVEIW`));
  });
});

describe('profiles that extend each other, and parameters out of range', () => {
  const XF = readFileSync(join(ROOT, 'profiles', 'xiangfen.yaml'), 'utf8');
  const user = (files: Record<string, string>): string => {
    const dir = tempDir();
    for (const [id, text] of Object.entries(files)) writeFileSync(join(dir, `${id}.yaml`), text);
    return dir;
  };
  const asProfile = (id: string, parent: string) => XF.replace('id: xiangfen', `id: ${id}`).replace('extends: national', `extends: ${parent}`);

  it('two that extend each other are one error at extends, and validate of a built-in example stops with it, no stack overflow', () => {
    const dir = user({ aa: asProfile('aa', 'bb'), bb: asProfile('bb', 'aa') });
    const r = zwpack(['--profiles', dir, 'validate', join(ROOT, 'examples', 'jilin-budongchan')]);
    expect(r.stderr).not.toMatch(/Maximum call stack|at .*\.js/);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/aa\.yaml:\d+:\d+ .*办法互相继承，形成循环（(aa → bb → aa|bb → aa → bb)）/);
  });

  it('one that extends itself is told so, not that its parent does not exist', () => {
    const dir = user({ cc: asProfile('cc', 'cc') });
    const r = zwpack(['profile', 'check', join(dir, 'cc.yaml')]);
    expect(r.stdout + r.stderr).toContain('办法不能继承自身（cc）');
    expect(r.stdout + r.stderr).not.toContain('自身）');
  });

  it('a module rule’s parameters have ranges: months of -1000000 or 1e9 are refused at their place', () => {
    expect(check('  NAT-STAGES: false', '  NAT-STAGES: false\n  NAT-ACCEPT-6M: {months: -1000000}').join('\n')).toMatch(/NAT-ACCEPT-6M 的参数「months」.*1/);
    expect(check('  NAT-STAGES: false', '  NAT-STAGES: false\n  NAT-ACCEPT-6M: {months: 1000000000}')).toHaveLength(1);
    expect(check('  NAT-STAGES: false', '  NAT-STAGES: false\n  NAT-ACCEPT-6M: {months: 120}')).toEqual([]);
  });

  it('every parameter of every module rule has a schema, every number a range', () => {
    const loose: string[] = [];
    for (const rule of RULES) {
      const props = (paramsSchema(rule).properties ?? {}) as Record<string, Record<string, unknown>>;
      for (const [k, v] of Object.entries(rule.meta.params ?? {})) {
        const s = props[k]!;
        if (typeof v === 'number' && (s.maximum === undefined || (s.minimum === undefined && s.exclusiveMinimum === undefined))) loose.push(`${rule.meta.id}.${k}`);
        if (typeof v === 'string' && s.enum === undefined && s.pattern === undefined) loose.push(`${rule.meta.id}.${k}`);
      }
    }
    expect(loose).toEqual([]);
  });
});
