import type { CellModel, FormModel } from './model.js';
import { MIN_ROW_MM, mmToPt, PAGE_MM, SEAL_MM } from '../forms/page.js';
import { maxOf, pushAll } from '../arrays.js';

/**
 * The layout pass: a form model becomes geometry — the page, column widths from content, line
 * breaks, font sizes, row heights, page breaks, repeated headers, continuation marks and page
 * numbers. The PDF painter draws exactly this; the DOCX painter takes its page, widths, sizes and
 * row hints and lets Word flow the text. Units are PDF points throughout.
 */

/** How wide a text is in the body face at a size, in points. */
export interface Measure {
  width(text: string, sizePt: number, face?: 'title' | 'body'): number;
}

export const BODY_PT = 11; // between 小四 and 五号: a label of six characters fits a 30 mm column
/** Cells shrink to this before their text wraps inside a number, or a one-page form spills. */
export const FLOOR_PT = 9;
export const TITLE_PT = 22; // 二号
export const NOTE_PT = 10.5; // 五号
export const ATTACHMENT_PT = 16; // 三号 (附件N)
export const PAGE_NO_PT = 14; // 四号 (— 1 —)
/** Line height as a multiple of the font size, in both painters; titles are set closer. */
export const LINE = 1.45;
export const TITLE_LINE = 1.3;
export const PAD = mmToPt(1.5);
const STEP = 0.5;

/** The page and its 版心 (GB/T 9704): portrait 156 × 225 mm, or the same turned for a wide table. */
export interface Frame {
  landscape: boolean;
  width: number;
  height: number;
  top: number;
  left: number;
  bodyWidth: number;
  bodyHeight: number;
}

export function frameOf(landscape: boolean): Frame {
  const p = PAGE_MM;
  if (!landscape) return { landscape, width: mmToPt(p.width), height: mmToPt(p.height), top: mmToPt(p.top), left: mmToPt(p.left), bodyWidth: mmToPt(p.bodyWidth), bodyHeight: mmToPt(p.bodyHeight) };
  // Turned: the 版心 is 225 mm wide and 156 mm high, centred with the binding margin at the top.
  return { landscape, width: mmToPt(p.height), height: mmToPt(p.width), top: mmToPt(p.left), left: mmToPt((p.height - p.bodyHeight) / 2), bodyWidth: mmToPt(p.bodyHeight), bodyHeight: mmToPt(p.bodyWidth) };
}

// ——— line breaking ———

/** No line starts with these (禁则), nor with a closing bracket. */
const NO_START = /^[，。、；：？！）》」』】”’〕％%,.;:?!)\]}…·—]$/u;
/** No line ends with these. */
const NO_END = /^[（《「『【“‘〔([{]$/u;
/** A number, an amount, a date, a code or a Latin word: never broken. */
const ATOM = /[A-Za-z0-9０-９][A-Za-z0-9０-９.,:%/\-+_@#&'．，：％－]*|\s+|./gsu;

/** The pieces a line may break between: unbreakable words, single CJK characters, with 禁则 glued on. */
export function atomsOf(text: string): string[] {
  const out: string[] = [];
  let glueNext = false;
  for (const m of text.matchAll(ATOM)) {
    const t = m[0];
    const prev = out.length - 1;
    if (prev >= 0 && (glueNext || NO_START.test(t))) out[prev] += t;
    else out.push(t);
    glueNext = NO_END.test(t);
  }
  return out;
}

/** Break text into lines no wider than `width`; a piece wider than a line is cut by characters. */
export function breakLines(text: string, width: number, size: number, m: Measure): string[] {
  const lines: string[] = [];
  for (const para of text.split('\n')) {
    let line = '';
    for (const atom of atomsOf(para)) {
      if (line === '' && /^\s+$/.test(atom)) continue;
      const tried = line + atom;
      if (m.width(tried.trimEnd(), size) <= width + 0.01) {
        line = tried;
        continue;
      }
      if (line.trim() !== '') lines.push(line.trimEnd());
      line = '';
      if (m.width(atom, size) <= width + 0.01) {
        line = /^\s+$/.test(atom) ? '' : atom;
        continue;
      }
      for (const ch of atom) {
        if (line !== '' && m.width(line + ch, size) > width) {
          lines.push(line);
          line = '';
        }
        line += ch;
      }
    }
    lines.push(line.trimEnd());
  }
  return lines;
}

/** The widest piece that may not be broken. */
const widestAtom = (text: string, size: number, m: Measure): number =>
  maxOf(text.split('\n').flatMap((p) => atomsOf(p)).map((a) => m.width(a.trim(), size)), 0);

const isAmount = (text: string): boolean => /^-?[\d,]+(\.\d+)?%?$/.test(text.trim());

// ——— cells and rows ———

export interface LaidCell {
  cell: CellModel;
  /** Left edge and width, points. */
  x: number;
  w: number;
  size: number;
  lines: string[];
}

export interface LaidRow {
  cells: LaidCell[];
  height: number;
  header: boolean;
  /** Holds a sign / seal block: kept on a page with the row before it. */
  sign: boolean;
  /** Kept on a page with the row before it: a sign block, a 合计 row. */
  keep: boolean;
}

const lineHeight = (size: number): number => size * LINE;

/**
 * A cell's size and lines: the body size, smaller (to the floor) while a number or word would have
 * to be cut, and for an amount while it does not fit on one line.
 */
function fitCell(cell: CellModel, w: number, base: number, m: Measure): { size: number; lines: string[] } {
  const inner = w - 2 * PAD;
  let size = base;
  if (cell.text) {
    const one = isAmount(cell.text);
    while (size - STEP >= FLOOR_PT - 1e-9 && (widestAtom(cell.text, size, m) > inner || (one && m.width(cell.text.trim(), size) > inner))) size -= STEP;
  }
  return { size, lines: cell.text ? breakLines(cell.text, inner, size, m) : [] };
}

function signLines(c: CellModel): number {
  return c.sign ? c.sign.lines.length + (c.sign.seal ? 1 : 0) + (c.sign.date ? 1 : 0) : 0;
}

function cellHeight(c: LaidCell): number {
  const text = c.lines.length * lineHeight(c.size);
  if (!c.cell.sign) return Math.max(text + 2 * PAD, c.cell.minHeightMm ? mmToPt(c.cell.minHeightMm) : 0);
  const block = (signLines(c.cell) + 0.5) * lineHeight(BODY_PT) + 2 * PAD;
  return Math.max(text + Math.max(block, c.cell.sign.seal ? mmToPt(SEAL_MM) : 0), c.cell.minHeightMm ? mmToPt(c.cell.minHeightMm) : 0);
}

/** Column edges of each cell of a row, from the column widths and the spans. */
function spansOf(row: CellModel[], columns: number[], left: number): { x: number; w: number }[] {
  let col = 0;
  return row.map((c) => {
    const x = left + columns.slice(0, col).reduce((a, b) => a + b, 0);
    const w = columns.slice(col, col + c.colSpan).reduce((a, b) => a + b, 0);
    col += c.colSpan;
    return { x, w };
  });
}

/**
 * Column widths. A fill-in form keeps its original's proportions over the 版心, each column widened
 * to hold its widest unbreakable piece at the floor size. A table is laid out from its content (as
 * a browser lays out an automatic table): every column gets its widest piece, and what is left goes
 * to the columns by how much more their text would need to stand on one line.
 */
export function columnWidths(form: FormModel, bodyWidth: number, m: Measure): { widths: number[]; fits: boolean } {
  const least = form.columns.map(() => 2 * PAD + m.width('汉', FLOOR_PT));
  const most = form.columns.map(() => 0);
  for (const row of form.rows) {
    let col = 0;
    for (const c of row) {
      if (c.colSpan === 1 && c.text) {
        const oneLine = maxOf(c.text.split('\n').map((l) => m.width(l, BODY_PT) + 2 * PAD + 1));
        // A short label (序号, 单位, 金额) is never broken, a longer one in two lines at most; a number or a word never is.
        const atom = widestAtom(c.text, FLOOR_PT, m) + 2 * PAD + 0.5;
        const whole = !c.label ? atom : [...c.text].length <= 4 ? oneLine : Math.max(atom, oneLine / 2 + m.width('汉', BODY_PT));
        least[col] = Math.max(least[col]!, whole);
        most[col] = Math.max(most[col]!, oneLine);
      }
      col += c.colSpan;
    }
  }
  const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
  if (sum(least) > bodyWidth) return { widths: least, fits: false };
  const total = sum(form.columns);
  const share = form.columns.map((c) => c / total);
  if (form.headerRows > 0) {
    const full = most.map((w, i) => Math.max(w, least[i]!));
    if (sum(full) <= bodyWidth) return { widths: full.map((w, i) => w + (bodyWidth - sum(full)) * share[i]!), fits: true };
    const want = full.map((w, i) => w - least[i]!);
    return { widths: least.map((w, i) => w + ((bodyWidth - sum(least)) * want[i]!) / sum(want)), fits: true };
  }
  const widths = share.map((p) => p * bodyWidth);
  for (let round = 0; round < 4; round++) {
    const short = widths.reduce((s, w, i) => s + Math.max(0, least[i]! - w), 0);
    if (short < 0.01) break;
    const slack = widths.map((w, i) => Math.max(0, w - least[i]!));
    const spare = sum(slack);
    for (let i = 0; i < widths.length; i++) {
      if (widths[i]! < least[i]!) widths[i] = least[i]!;
      else widths[i] = widths[i]! - (short * slack[i]!) / spare;
    }
  }
  return { widths, fits: true };
}

function layRows(form: FormModel, columns: number[], left: number, base: (c: CellModel) => number, m: Measure): LaidRow[] {
  return form.rows.map((row, i) => {
    const cells = spansOf(row, columns, left).map(({ x, w }, k) => {
      const cell = row[k]!;
      return { cell, x, w, ...fitCell(cell, w, cell.label ? BODY_PT : base(cell), m) };
    });
    const height = maxOf(cells.map(cellHeight), mmToPt(MIN_ROW_MM));
    const sign = row.some((c) => c.sign !== undefined);
    return { cells, height, header: i < form.headerRows, sign, keep: sign || (row[0]?.label === true && row[0].text.startsWith('合计')) };
  });
}

// ——— pages ———

export type Item =
  /** `line`: the line height as a multiple of the size, when not LINE. */
  | { kind: 'text'; x: number; y: number; w: number; lines: string[]; size: number; face: 'title' | 'body'; align: 'left' | 'center' | 'right'; line?: number }
  | { kind: 'box'; x: number; y: number; w: number; h: number };

export interface LaidPage {
  items: Item[];
}

export interface FormLayout {
  frame: Frame;
  /** Column widths, points. */
  columns: number[];
  rows: LaidRow[];
  pages: LaidPage[];
  /** The `附件N` label, when the form has one. */
  attachment?: string;
}

const text = (x: number, y: number, w: number, lines: string[], size: number, face: 'title' | 'body', align: 'left' | 'center' | 'right', line?: number): Item => ({ kind: 'text', x, y, w, lines, size, face, align, ...(line ? { line } : {}) });

/** Draw one row (or the part of it given by `from`/`count` lines of each cell) at y. */
function rowItems(row: LaidRow, y: number, h: number, part?: { from: number[]; count: number[] }): Item[] {
  const out: Item[] = [];
  row.cells.forEach((c, k) => {
    out.push({ kind: 'box', x: c.x, y, w: c.w, h });
    const lines = part ? c.lines.slice(part.from[k], part.from[k]! + part.count[k]!) : c.lines;
    const lh = lineHeight(c.size);
    if (lines.length > 0) {
      const th = lines.length * lh;
      // Labels and short values sit in the middle of the cell; long text and sign blocks start at the top.
      const middle = !part && (c.cell.label || (!c.cell.sign && !c.cell.minHeightMm));
      out.push(text(c.x + PAD, middle ? y + (h - th) / 2 : y + PAD, c.w - 2 * PAD, lines, c.size, 'body', c.cell.label ? 'center' : c.cell.align));
    }
    if (c.cell.sign && (!part || part.from[k]! + part.count[k]! >= c.lines.length)) {
      // From the bottom up: the date, （盖章） above it, the sign lines above those; the space between
      // the cell's text and the sign lines is for the opinion written by hand.
      const slh = lineHeight(BODY_PT);
      let ly = y + h - PAD - slh;
      const inner = c.w - 2 * PAD;
      if (c.cell.sign.date) {
        out.push(text(c.x + PAD, ly, inner - mmToPt(4), ['年　　月　　日'], BODY_PT, 'body', 'right'));
        ly -= slh;
      }
      if (c.cell.sign.seal) {
        out.push(text(c.x + PAD, ly, inner - mmToPt(10), ['（盖章）'], BODY_PT, 'body', 'right'));
        ly -= slh;
      }
      if (c.cell.sign.lines.length > 0) out.push(text(c.x + PAD, ly - (c.cell.sign.lines.length - 1) * slh, inner, c.cell.sign.lines, BODY_PT, 'body', 'left'));
    }
  });
  return out;
}

interface Paginated {
  pages: LaidPage[];
}

function paginate(form: FormModel, frame: Frame, rows: LaidRow[], m: Measure, attachment: string | undefined): Paginated {
  const bottom = frame.top + frame.bodyHeight;
  const width = frame.bodyWidth;
  const left = frame.left;
  const pages: LaidPage[] = [];
  const isTable = form.headerRows > 0;
  let items: Item[] = [];
  let y = frame.top;
  let rowsOnPage = 0;

  /** 项目名称 … at the left and 单位：万元 at the right: one line when both fit, else the name wraps and the unit follows. */
  const preface = (): void => {
    if (!form.preface && !form.unitNote) return;
    const lh = lineHeight(BODY_PT);
    const unitW = form.unitNote ? m.width(form.unitNote, BODY_PT) + m.width('汉', BODY_PT) : 0;
    const lines = form.preface ? breakLines(form.preface, width - unitW, BODY_PT, m) : [];
    if (lines.length > 0) items.push(text(left, y, width - unitW, lines, BODY_PT, 'body', 'left'));
    if (form.unitNote) items.push(text(left, y + Math.max(0, lines.length - 1) * lh, width, [form.unitNote], BODY_PT, 'body', 'right'));
    y += Math.max(1, lines.length) * lh + lh * 0.4;
  };

  const start = (first: boolean): void => {
    items = [];
    y = frame.top;
    rowsOnPage = 0;
    if (first && attachment) {
      items.push(text(left, y, width, [attachment], ATTACHMENT_PT, 'body', 'left'));
      y += ATTACHMENT_PT * 1.2;
    }
    if (first || !isTable) {
      // A form continues under its title marked （续）, with the 项目名称 again.
      const title = form.title.map((l, i) => (!first && i === form.title.length - 1 ? `${l}（续）` : l));
      for (const line of title) {
        const ls = breakLines(line, width, TITLE_PT, { width: (t, size) => m.width(t, size, 'title') });
        items.push(text(left, y, width, ls, TITLE_PT, 'title', 'center', TITLE_LINE));
        y += ls.length * TITLE_PT * TITLE_LINE;
      }
      y += mmToPt(3);
      preface();
    } else {
      // A table continues under 续表, its header rows repeated.
      items.push(text(left, y, width, ['续表'], BODY_PT, 'body', 'right'));
      y += lineHeight(BODY_PT) * 1.2;
      for (const hr of rows.filter((r) => r.header)) {
        pushAll(items, rowItems(hr, y, hr.height));
        y += hr.height;
      }
    }
  };
  const next = (): void => {
    pages.push({ items });
    start(false);
  };

  start(true);
  const body = rows.filter((r) => !r.header);
  for (const hr of rows.filter((r) => r.header)) {
    pushAll(items, rowItems(hr, y, hr.height));
    y += hr.height;
  }
  const fresh = (): number => {
    // The room on a continuation page below its title (or 续表 and header rows).
    const save = { items, y, rowsOnPage };
    start(false);
    const room = bottom - y;
    ({ items, y, rowsOnPage } = save);
    return room;
  };
  const freshRoom = fresh();

  /** Place a row, splitting it inside over as many pages as it needs; `tail` is what must follow its last part. */
  const placeRow = (row: LaidRow, tail: number): void => {
    if (y + row.height <= bottom + 0.01) {
      pushAll(items, rowItems(row, y, row.height));
      y += row.height;
      rowsOnPage++;
      return;
    }
    const from = row.cells.map(() => 0);
    for (;;) {
      const room = bottom - y - 2 * PAD;
      const count = row.cells.map((c, k) => Math.max(0, Math.min(c.lines.length - from[k]!, Math.floor(room / lineHeight(c.size)))));
      let done = row.cells.every((c, k) => c.lines.length - from[k]! - count[k]! === 0);
      const used = maxOf(row.cells.map((c, k) => count[k]! * lineHeight(c.size))) + 2 * PAD;
      if (done && tail > 0 && y + used + tail > bottom && from.some((n) => n > 0 || row.height > freshRoom)) {
        // The sign blocks after this row would stand alone: carry two lines over to go with them.
        row.cells.forEach((_, k) => (count[k] = Math.max(0, count[k]! - 2)));
        done = false;
      }
      if (count.every((n) => n === 0) && rowsOnPage > 0) {
        next();
        continue;
      }
      const h = done ? used : bottom - y;
      pushAll(items, rowItems(row, y, Math.max(h, mmToPt(MIN_ROW_MM)), { from: [...from], count }));
      y += Math.max(h, mmToPt(MIN_ROW_MM));
      rowsOnPage++;
      if (done) return;
      count.forEach((n, k) => (from[k] = from[k]! + n));
      next();
    }
  };

  // A sign block never stands alone: it goes with the row before it, and so on up a run of sign
  // blocks (and a 合计 row with the last row it totals). Such a group moves to the next page whole
  // when it fits there.
  const groups: LaidRow[][] = [];
  for (const row of body) {
    if (row.keep && groups.length > 0) groups[groups.length - 1]!.push(row);
    else groups.push([row]);
  }
  for (const group of groups) {
    const total = group.reduce((h, r) => h + r.height, 0);
    if (rowsOnPage > 0 && y + total > bottom && total <= freshRoom) next();
    group.forEach((row, i) => placeRow(row, i === 0 ? total - row.height : 0));
  }

  if (form.notes.length > 0) {
    y += mmToPt(2);
    for (const note of form.notes) {
      const ls = breakLines(note, width, NOTE_PT, m);
      if (y + ls.length * NOTE_PT * TITLE_LINE > bottom) next();
      items.push(text(left, y, width, ls, NOTE_PT, 'body', 'left', TITLE_LINE));
      y += ls.length * NOTE_PT * TITLE_LINE;
    }
  }
  pages.push({ items });
  return { pages };
}

/** Page numbers, GB/T 9704 style: `— 1 —` below the 版心, odd pages at the right, even at the left. */
export function numberPages(pages: LaidPage[], frame: Frame, m: Measure): void {
  if (pages.length < 2) return;
  const y = frame.top + frame.bodyHeight + mmToPt(7);
  const indent = m.width('汉', PAGE_NO_PT);
  pages.forEach((p, i) => {
    const n = i + 1;
    p.items.push(text(frame.left + (n % 2 === 1 ? 0 : indent), y, frame.bodyWidth - indent, [`— ${n} —`], PAGE_NO_PT, 'body', n % 2 === 1 ? 'right' : 'left'));
  });
}

/**
 * Lay a form out. A form without a header row (a fill-in form) is meant to be one page: its
 * values shrink step by step to the floor before it continues on a second page.
 */
export function layoutForm(form: FormModel, m: Measure): FormLayout {
  let frame = frameOf(form.landscape === true);
  let cols = columnWidths(form, frame.bodyWidth, m);
  if (!cols.fits && !frame.landscape) {
    frame = frameOf(true);
    cols = columnWidths(form, frame.bodyWidth, m);
  }
  const at = (base: number): FormLayout => {
    const rows = layRows(form, cols.widths, frame.left, () => base, m);
    return { frame, columns: cols.widths, rows, pages: paginate(form, frame, rows, m, form.attachment).pages, ...(form.attachment ? { attachment: form.attachment } : {}) };
  };
  let lay = at(BODY_PT);
  // The largest size at which a fill-in form keeps to one page; none: the body size, over two pages.
  for (let base = BODY_PT - STEP; lay.pages.length > 1 && form.headerRows === 0 && base >= FLOOR_PT - 1e-9; base -= STEP) {
    const smaller = at(base);
    if (smaller.pages.length === 1) lay = smaller;
  }
  numberPages(lay.pages, frame, m);
  return lay;
}

/** A measure for documents laid out by Word: CJK characters 1 em, others about half. */
export const emMeasure: Measure = {
  width(text, size) {
    let ems = 0;
    for (const ch of text) ems += ch.codePointAt(0)! > 0x2e80 ? 1 : ch === ' ' ? 0.25 : 0.55;
    return ems * size;
  },
};
