import { describe, expect, it } from 'vitest';
import { atomsOf, breakLines, emMeasure, FLOOR_PT, layoutForm } from './layout.js';
import type { CellModel, FormModel } from './model.js';

const m = emMeasure;
const cell = (text: string, o: Partial<CellModel> = {}): CellModel => ({ text, colSpan: 1, align: 'left', label: false, ...o });

describe('line breaking', () => {
  it('never breaks a number, an amount, a date, a code or a Latin word', () => {
    expect(atomsOf('单价1234.56万元，代码2026-340000-65-01-210087')).toEqual(['单', '价', '1234.56', '万', '元，', '代', '码', '2026-340000-65-01-210087']);
    // Eight ems wide: the amount goes whole to the next line rather than split.
    expect(breakLines('金额合计为24691.34万元整', 8 * 11, 11, m)).toEqual(['金额合计为', '24691.34万元整']);
    expect(breakLines('金额合计为24691.34万元整', 9.5 * 11, 11, m)).toEqual(['金额合计为24691.34', '万元整']);
  });

  it('obeys 禁则: no line starts with ，。、；：）》 and none ends with （《', () => {
    const lines = breakLines('项目名称（一期）、建设内容。', 5 * 11, 11, m);
    for (const l of lines) {
      expect(l).not.toMatch(/^[，。、；：）》」]/);
      expect(l).not.toMatch(/[（《「]$/);
    }
    expect(lines.join('')).toBe('项目名称（一期）、建设内容。');
  });

  it('cuts a piece wider than a line by characters only as the last resort', () => {
    expect(breakLines('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 5 * 11 * 0.55, 11, m).every((l) => l.length <= 5)).toBe(true);
  });
});

describe('layout', () => {
  const table = (rows: CellModel[][], columns: number[]): FormModel => ({
    id: 'T', fileName: 't', title: ['表'], columns, rows: [columns.map((_, i) => cell(`列${i + 1}`, { label: true, align: 'center' })), ...rows], headerRows: 1, notes: [],
  });

  it('an amount shrinks before it wraps, down to the floor', () => {
    // Three columns squeezed into a portrait page: the amount column is as narrow as the others allow.
    const form = table([[cell('名称'), cell('12345678.90', { align: 'right' }), cell('说明'.repeat(60))]], [10, 10, 136]);
    const lay = layoutForm(form, m);
    const amount = lay.rows[1]!.cells[1]!;
    expect(amount.lines).toEqual(['12345678.90']);
    expect(amount.size).toBeGreaterThanOrEqual(FLOOR_PT);
  });

  it('a table too wide for portrait goes landscape, and its columns fill the 版心', () => {
    const wide = table([Array.from({ length: 14 }, () => cell('2路64核/512GB'))], Array.from({ length: 14 }, () => 11));
    const lay = layoutForm(wide, m);
    expect(lay.frame.landscape).toBe(true);
    expect(lay.columns.reduce((a, b) => a + b, 0)).toBeCloseTo(lay.frame.bodyWidth, 0);
  });

  it('a long table repeats its header under 续表 and numbers its pages', () => {
    const rows = Array.from({ length: 60 }, (_, i) => [cell(String(i + 1)), cell(`服务器${i + 1}`), cell('1.00', { align: 'right' })]);
    const lay = layoutForm(table(rows, [20, 100, 36]), m);
    expect(lay.pages.length).toBeGreaterThan(1);
    lay.pages.forEach((p, i) => {
      const texts = p.items.flatMap((x) => (x.kind === 'text' ? x.lines : []));
      expect(texts).toContain(`— ${i + 1} —`);
      if (i > 0) expect(texts.slice(0, 2)).toEqual(['续表', '列1']);
    });
  });

  it('a seal block goes to the next page with the row before it', () => {
    const sign = { lines: [], seal: true, date: true };
    const rows: CellModel[][] = [
      ...Array.from({ length: 9 }, (_, i) => [cell(`标签${i}`, { label: true }), cell('内容', { minHeightMm: 18 })]),
      [cell('意见', { label: true }), cell('', { sign })],
    ];
    const form: FormModel = { id: 'G', fileName: 'g', title: ['表'], columns: [40, 116], rows, headerRows: 0, notes: [] };
    const lay = layoutForm(form, m);
    const last = lay.pages[lay.pages.length - 1]!;
    const texts = last.items.flatMap((x) => (x.kind === 'text' ? x.lines : []));
    expect(texts).toContain('（盖章）');
    // Its page holds another row too: the one before it.
    expect(texts).toContain('标签8');
  });
});
