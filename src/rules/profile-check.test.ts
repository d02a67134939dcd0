import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../../test/helpers.js';
import { checkProfileFile } from './profile-check.js';

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
