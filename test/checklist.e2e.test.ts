import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AS_OF, copyExample, edit, EXAMPLES, zwpack } from './helpers.js';

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

  it('the 金湖 重点类 example: 审查表, 竣工验收申请表, 试运行报告, 验收意见; 预验收意见 is for 一般类', () => {
    const c = checklist(EXAMPLES.jinhu);
    expect(c.status).toBe(0);
    expect(c.items.get('02')).toMatchObject({ status: 'not-applicable' });
    expect([...c.items.values()].filter((i) => i.status === 'present').map((i) => i.id)).toEqual(['01', '03', '04', '05']);
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
    expect(checklist(dir).items.get('03')!.status).toBe('missing');
    edit(join(dir, 'project.yaml'), 'approvedTotal: 186.5', 'approvedTotal: 86.5');
    expect(checklist(dir).items.get('03')!.status).toBe('not-applicable');
  });

  it('init scaffolds one folder per item, and a hidden .keep does not count', () => {
    const target = join(copyExample('national'), '..', 'fresh');
    const r = zwpack(['init', target, '--profile', 'jilin', '--yes']);
    expect(r.stdout).toContain('materials/ 下 23 个材料目录');
    expect(readdirSync(join(target, 'materials'))).toContain('01-项目竣工验收申请函');
    const c = checklist(target);
    expect(c.ready).toBe(0);
    expect(c.status).toBe(1);
  });
});
