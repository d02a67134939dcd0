import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { packagedCalendar } from '../src/calendar/workdays.js';
import type { Facts } from '../src/model/facts.js';
import { isGap, materialStatuses } from '../src/materials/status.js';
import { validatePackage } from '../src/pipeline.js';
import { loadProfile } from '../src/profiles/profile.js';
import { AS_OF, copyExample, EXAMPLES } from './helpers.js';
import { ruleFindings } from './rule-harness.js';

// What `checklist` calls missing, `validate` reports — whichever rule an item belongs to.

/** An example with every materials folder emptied, and one file of zero bytes in the first folder. */
function emptied(profile: keyof typeof EXAMPLES): string {
  const dir = copyExample(profile);
  const root = join(dir, 'materials');
  const folders = readdirSync(root, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  for (const f of folders) for (const n of readdirSync(join(root, f))) if (!n.startsWith('.')) rmSync(join(root, f, n));
  writeFileSync(join(root, folders[0]!, '空文件.pdf'), '');
  return dir;
}

describe('every due material is checked by validate, at every stage of every profile', () => {
  for (const profile of Object.keys(EXAMPLES) as (keyof typeof EXAMPLES)[]) {
    it(`${profile}: the gaps of checklist are exactly the materials validate reports`, () => {
      const dir = emptied(profile);
      const facts = parse(readFileSync(join(dir, 'project.yaml'), 'utf8')) as Facts;
      const pid = String(facts.profile);
      let seenGaps = 0;
      for (const stage of loadProfile(pid).stages) {
        const { result } = validatePackage(dir, { lang: 'zh', asOf: AS_OF, calendar: packagedCalendar(), stage });
        const reported = [...new Set(result.findings.filter((f) => f.file.startsWith('materials/') && f.severity !== 'info').map((f) => `${f.file} ${f.ruleId}`))].sort();
        const gaps = materialStatuses(dir, { ...facts, stage }, loadProfile(pid), AS_OF, packagedCalendar(), 'zh').filter(isGap);
        expect(reported, `${profile} at ${stage}`).toEqual(gaps.map((g) => `${g.folder} ${g.rule}`).sort());
        seenGaps += gaps.length;
      }
      // Not vacuous: the emptied folders are gaps from some stage on.
      expect(seenGaps).toBeGreaterThan(0);
    });
  }
});

describe('materials of time and amount rules', () => {
  it('金湖 第二十六条: at 竣工验收 a missing 试运行报告 of a 重点类 project is reported; not at 试运行', () => {
    const remove = ['materials/04-试运行报告/试运行报告（示例）.md'];
    expect(ruleFindings('jinhu', 'JH-ACCEPT-PATH', { remove }).map((f) => [f.file, f.message])).toEqual([
      ['materials/04-试运行报告', '自竣工验收阶段起应当具备「试运行报告」（第二十六条），materials/04-试运行报告/ 中没有文件'],
    ]);
    expect(ruleFindings('jinhu', 'JH-ACCEPT-PATH', { remove, stage: '试运行' })).toEqual([]);
  });

  it('金湖 第二十六条: the 验收意见 the 数据局 issues is due after acceptance, at 运行维护', () => {
    const remove = ['materials/05-验收意见/验收意见（示例）.md'];
    expect(ruleFindings('jinhu', 'JH-ACCEPT-PATH', { remove })).toEqual([]);
    expect(ruleFindings('jinhu', 'JH-ACCEPT-PATH', { remove, stage: '运行维护' }).map((f) => f.file)).toEqual(['materials/05-验收意见']);
  });

  it('鼓楼 第二十二条: at 竣工验收 empty folders of 竣工验收申请 and 试运行报告 are reported under GL-ACCEPT-6M', () => {
    const found = ruleFindings('gulou', 'GL-ACCEPT-6M', { stage: '竣工验收' });
    expect(found.filter((f) => f.file.startsWith('materials/')).map((f) => f.message)).toEqual([
      '自竣工验收阶段起应当具备「竣工验收申请」（第二十二条），materials/01-竣工验收申请/ 中没有文件',
      '自竣工验收阶段起应当具备「试运行报告」（第二十二条），materials/02-试运行报告/ 中没有文件',
    ]);
    expect(found.every((f) => f.source?.includes('第二十二条'))).toBe(true);
    // At the example's own stage (试运行) they are not yet due.
    expect(ruleFindings('gulou', 'GL-ACCEPT-6M').filter((f) => f.file.startsWith('materials/'))).toEqual([]);
  });

  it('鼓楼 第十九条: 监理材料 of a project of 100万元 or more, from 建设实施', () => {
    const remove = ['materials/03-监理材料/监理材料（示例）.md'];
    expect(ruleFindings('gulou', 'GL-SUPERVISION-100W', { remove }).map((f) => f.file)).toEqual(['materials/03-监理材料']);
    expect(ruleFindings('gulou', 'GL-SUPERVISION-100W', { remove, stage: '招标采购' })).toEqual([]);
  });

  it('巴中 第二十八条: the 预验收评估报告 is due at 竣工验收', () => {
    const found = ruleFindings('bazhong', 'BZ-TRIAL-3M', { stage: '竣工验收' }).filter((f) => f.file.startsWith('materials/'));
    expect(found.map((f) => f.file)).toEqual(['materials/01-预验收评估报告']);
    expect(found[0]!.message).toMatch(/^自竣工验收阶段起应当具备「预验收评估报告」（第二十八条），materials\/01-预验收评估报告\/ 中没有文件/);
    expect(ruleFindings('bazhong', 'BZ-TRIAL-3M').filter((f) => f.file.startsWith('materials/'))).toEqual([]);
  });
});
