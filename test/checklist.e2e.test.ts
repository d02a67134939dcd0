import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { AS_OF, copyExample, edit, EXAMPLES, tempDir, zwpack } from './helpers.js';
import { pdfTextOf, readPdf } from './pdf.js';

interface Item { id: string; status: string; reason?: string; due?: string; next?: string }
function checklist(dir: string, asOf = AS_OF): { status: number | null; ready: number; applicable: number; items: Map<string, Item> } {
  const r = zwpack(['checklist', dir, '--format', 'json', '--as-of', asOf]);
  const out = JSON.parse(r.stdout) as { ready: number; applicable: number; items: Item[] };
  return { status: r.status, ready: out.ready, applicable: out.applicable, items: new Map(out.items.map((i) => [i.id, i])) };
}

describe('zwpack checklist', () => {
  it('the 吉林 example at acceptance: every applicable item of 附件4 is ready', () => {
    const c = checklist(EXAMPLES.jilin);
    expect(c.status).toBe(0);
    expect([c.ready, c.applicable]).toEqual([22, 22]);
    expect(c.items.get('14-3')).toMatchObject({ status: 'not-applicable' });
    const pretty = zwpack(['checklist', EXAMPLES.jilin, '--as-of', AS_OF]);
    expect(pretty.stdout.split('\n')[0]).toContain('22/22 就绪');
  });

  it('the 金湖 重点类 example: 审查表, 竣工验收申请表, 试运行报告, 验收意见, and the 第八条/第十六条 papers; 预验收意见 is for 一般类', () => {
    const c = checklist(EXAMPLES.jinhu);
    expect(c.status).toBe(0);
    expect(c.items.get('02')).toMatchObject({ status: 'not-applicable' });
    expect([...c.items.values()].filter((i) => i.status === 'present').map((i) => i.id)).toEqual(['01', '03', '04', '05', '08-1', '08-2', '08-3', '16-1', '16-2']);
    // 08-4 (上一期合同) is for 运维类 projects.
    expect(c.items.get('08-4')).toMatchObject({ status: 'not-applicable' });
  });

  it('deleting an item\'s file turns it missing, and says where the file goes', () => {
    const dir = copyExample('jilin');
    const folder = join(dir, 'materials', '06-项目测试报告');
    for (const f of readdirSync(folder)) rmSync(join(folder, f));
    const c = checklist(dir);
    expect(c.status).toBe(1);
    expect(c.items.get('06')).toMatchObject({ status: 'missing', next: expect.stringContaining('materials/06-项目测试报告/') });
    expect(c.ready).toBe(21);
  });

  it('a zero-byte file is empty, not present', () => {
    const dir = copyExample('jinhu');
    const folder = join(dir, 'materials', '01-审查表');
    for (const f of readdirSync(folder)) rmSync(join(folder, f));
    writeFileSync(join(folder, '审查表.pdf'), '');
    expect(checklist(dir).items.get('01')).toMatchObject({ status: 'empty' });
  });

  it('a missing item past its date is overdue: 档案验收 before the acceptance request', () => {
    const dir = copyExample('jilin');
    rmSync(join(dir, 'materials', '16-档案验收意见'), { recursive: true });
    expect(checklist(dir).items.get('16')).toMatchObject({ status: 'overdue', due: '2026-07-10' });
  });

  it('moving the acceptance date turns the 襄汾 acceptance report overdue after 30 working days', () => {
    const dir = copyExample('xiangfen');
    const f = join(dir, 'project.yaml');
    edit(f, '  constructionStart: 2026-10-12\n', '  constructionStart: 2026-10-12\n  accepted: 2026-11-10\n');
    expect(checklist(dir).items.get('04')).toMatchObject({ status: 'missing', due: '2026-12-22' });
    edit(f, 'accepted: 2026-11-10', 'accepted: 2026-09-01');
    expect(checklist(dir).items.get('04')).toMatchObject({ status: 'overdue' });
  });

  it('software development and 涉密 switch their items', () => {
    const dir = copyExample('jilin');
    const f = join(dir, 'project.yaml');
    edit(f, 'softwareDevelopment: true', 'softwareDevelopment: false');
    edit(f, 'classified: false', 'classified: true');
    const c = checklist(dir);
    for (const id of ['13-1', '13-2', '13-3', '13-4', '13-5', '14-2']) expect(c.items.get(id)!.status, id).toBe('not-applicable');
    expect(c.items.get('14-3')).toMatchObject({ status: 'missing' });
  });

  it('鼓楼: 监理材料 only from 100万元', () => {
    const dir = copyExample('gulou');
    rmSync(join(dir, 'materials', '03-监理材料', '监理材料（示例）.md'));
    expect(checklist(dir).items.get('03')!.status).toBe('missing');
    edit(join(dir, 'project.yaml'), 'approvedTotal: 186.5', 'approvedTotal: 86.5');
    expect(checklist(dir).items.get('03')!.status).toBe('not-applicable');
  });

  it('init scaffolds one folder per item, and a hidden .keep does not count', () => {
    const target = join(copyExample('national'), '..', 'fresh');
    const r = zwpack(['init', target, '--profile', 'jilin', '--yes']);
    expect(r.stdout).toContain('materials/ 下 23 个材料目录');
    expect(readdirSync(join(target, 'materials'))).toContain('01-项目竣工验收申请函');
    // At the new package's stage no acceptance item is due yet: listed as 未到阶段, no gap.
    const c = checklist(target);
    expect([c.ready, c.applicable, c.status]).toEqual([0, 0, 0]);
    expect([...c.items.values()].every((i) => i.status === 'not-yet-due' || i.status === 'not-applicable')).toBe(true);
    // As at acceptance every applicable item is a gap: the .keep files do not count.
    const late = zwpack(['checklist', target, '--format', 'json', '--as-of', AS_OF, '--stage', '竣工验收']);
    const at = JSON.parse(late.stdout) as { ready: number; applicable: number; items: Item[] };
    expect(late.status).toBe(1);
    expect(at.ready).toBe(0);
    expect(at.applicable).toBeGreaterThan(15);
    expect(at.items.filter((i) => i.status === 'missing')).toHaveLength(at.applicable);
  });

  it('shows the time rules\' prerequisites: a trial run short of 巴中\'s three months is a gap', () => {
    const quiet = JSON.parse(zwpack(['checklist', EXAMPLES.jilin, '--format', 'json', '--as-of', AS_OF]).stdout) as { timing: { ruleId: string }[] };
    expect(quiet.timing).toEqual([]);
    const dir = copyExample('bazhong');
    edit(join(dir, 'project.yaml'), '  constructionEnd: 2027-01-31\n', '  constructionEnd: 2027-01-31\n  trialRunStart: 2026-08-01\n  preliminaryAcceptance: 2026-09-15\n');
    const r = zwpack(['checklist', dir, '--format', 'json', '--as-of', AS_OF]);
    expect(r.status).toBe(1);
    const timing = (JSON.parse(r.stdout) as { timing: { ruleId: string; severity: string; file: string; line: number }[] }).timing;
    expect(timing.map((f) => f.ruleId)).toContain('BZ-TRIAL-3M');
    expect(timing.find((f) => f.ruleId === 'BZ-TRIAL-3M')).toMatchObject({ file: 'project.yaml', line: expect.any(Number) });
    const pretty = zwpack(['checklist', dir, '--as-of', AS_OF]).stdout;
    expect(pretty).toContain('时限和前提条件');
    expect(pretty).toMatch(/BZ-TRIAL-3M .*project\.yaml:\d+:\d+/);
  });

  describe('--to and --ics', () => {
    const squash = (t: string): string => t.replace(/\s+/g, '');

    it('--to pdf,docx draws the 竣工验收材料清单 with each item\'s status in 备注', async () => {
      const dir = copyExample('jilin');
      const folder = join(dir, 'materials', '06-项目测试报告');
      for (const f of readdirSync(folder)) rmSync(join(folder, f));
      const out = tempDir();
      const r = zwpack(['checklist', dir, '--as-of', AS_OF, '--to', 'pdf,docx', '--out', out]);
      expect(r.status).toBe(1);
      const base = join(out, `竣工验收材料清单（核对结果 ${AS_OF}）`);
      const pdf = squash(pdfTextOf(await readPdf(`${base}.pdf`)));
      expect(pdf).toContain('6项目测试报告（系统测试、强弱电气检测、防雷、环评验收、消防验收等，根据实际情况确定）缺失');
      expect(pdf).toContain('5项目合同书就绪（1个文件）');
      expect(pdf).toContain('涉密信息系统分级保护测评意见不适用');
      const xml = strFromU8(unzipSync(readFileSync(`${base}.docx`))['word/document.xml']!);
      expect(xml).toContain('缺失');
      expect(xml).toContain('就绪（1 个文件）');
    });

    it('--ics writes the coming deadlines as an iCalendar file a calendar program reads', () => {
      const dir = copyExample('xiangfen');
      // Signed on Friday 2026-11-20: filing is due 5 working days later, on 2026-11-27.
      edit(join(dir, 'project.yaml'), 'contractSigned: 2026-09-24', 'contractSigned: 2026-11-20');
      edit(join(dir, 'project.yaml'), 'contractFiled: 2026-10-09\n', '');
      for (const f of readdirSync(join(dir, 'materials', '01-合同备案材料'))) rmSync(join(dir, 'materials', '01-合同备案材料', f));
      const ics = join(tempDir(), '截止日期.ics');
      const r = zwpack(['checklist', dir, '--as-of', AS_OF, '--ics', ics]);
      expect(r.stderr).toContain('1 个截止日期');
      const text = readFileSync(ics, 'utf8');
      expect(text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
      const cal = new ICAL.Component(ICAL.parse(text));
      const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
      expect(events).toHaveLength(1);
      expect(events[0]!.summary).toBe('合同备案材料 截止（襄汾县政务服务“一网通办”升级改造项目）');
      expect(events[0]!.startDate.toString()).toBe('2026-11-27');
      expect(events[0]!.startDate.isDate).toBe(true);
      expect(events[0]!.uid).toBe('2026-141023-65-01-007315-xiangfen-01@zwpack');
    });

    it('--ics also carries the time rules\' deadlines still ahead (鼓楼 第二十二条: apply for acceptance within 6 months of completion), each under a UID of its own', () => {
      const ics = join(tempDir(), 'g.ics');
      const r = zwpack(['checklist', EXAMPLES.gulou, '--as-of', '2026-09-01', '--ics', ics]);
      expect(r.stderr).toContain('1 个截止日期');
      const events = new ICAL.Component(ICAL.parse(readFileSync(ics, 'utf8'))).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
      expect(events.map((e) => [e.summary, e.startDate.toString()])).toEqual([['申请竣工验收（完成建设后 6 个月内） 截止（鼓楼区城市运行数据中台（二期）项目）', '2026-12-30']]);
      expect(events[0]!.uid).toMatch(/^2025-320106-65-01-632118-gulou-GL-ACCEPT-6M-[0-9a-f]{8}@zwpack$/);
      // Once the deadline has passed it is no longer one to meet (validate reports it overdue).
      const after = join(tempDir(), 'late.ics');
      zwpack(['checklist', EXAMPLES.gulou, '--as-of', '2027-01-05', '--ics', after]);
      expect(readFileSync(after, 'utf8')).not.toContain('BEGIN:VEVENT');
    });

    it('a deadline in a year the holiday data does not cover is flagged to be checked, not given as certain', () => {
      const dir = copyExample('xiangfen');
      edit(join(dir, 'project.yaml'), '  constructionStart: 2026-10-12\n', '  constructionStart: 2026-10-12\n  accepted: 2026-11-20\n');
      const ics = join(tempDir(), 'd.ics');
      const r = zwpack(['checklist', dir, '--as-of', AS_OF, '--ics', ics, '--format', 'json']);
      const item = (JSON.parse(r.stdout) as { items: (Item & { dueUncertain?: boolean })[] }).items.find((i) => i.id === '04')!;
      expect(item).toMatchObject({ status: 'missing', dueUncertain: true, next: expect.stringContaining('节假日数据未覆盖该年') });
      const events = new ICAL.Component(ICAL.parse(readFileSync(ics, 'utf8'))).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
      expect(events.map((e) => e.summary)).toEqual(['竣工验收报告 截止（日期待核实）（襄汾县政务服务“一网通办”升级改造项目）']);
    });

    it('an --ics path that cannot be written: one line, exit 2', () => {
      const r = zwpack(['checklist', EXAMPLES.jilin, '--as-of', AS_OF, '--ics', join(EXAMPLES.jilin, 'project.yaml', 'x.ics')]);
      expect(r.status).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    });
  });
});
