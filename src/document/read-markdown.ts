import { coverOf, MAX_COLUMNS } from './model.js';
import type { BodyText, Cell, DocTable, DocumentModel, Heading } from './model.js';

const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** The line under a pipe table's header: | --- | :---: | */
const DELIMITER = /^\s*\|?\s*:?-{1,}:?\s*(\|\s*:?-{1,}:?\s*)*\|?\s*$/;

/** The cells of a pipe-table line (`| a | b |`), `\|` kept as a bar. */
function cellsOf(line: string, n: number): Cell[] {
  const t = line.trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '');
  return t.split(/(?<!\\)\|/, MAX_COLUMNS).map((c) => ({ text: c.replace(/\\\|/g, '|').replace(/\*\*|__/g, '').trim(), line: n }));
}

/** A line's text as a reader sees it: bold written `**…**` or `__…__` without its marks. */
const plain = (line: string): string => line.replace(/\*\*(?=\S)(.+?)(?<=\S)\*\*|__(?=\S)(.+?)(?<=\S)__/g, (_, a: string | undefined, b: string | undefined) => a ?? b ?? '');

/** A caption above a table: its line without emphasis (`**表8-1 项目总投资估算表**`). */
const captionText = (line: string): string => line.trim().replace(/^[*_]+|[*_]+$/g, '').replace(/^#+\s*/, '').trim();

/**
 * A Markdown file read into the document model: ATX (`## 标题`) and Setext (underlined with === or
 * ---) headings outside fenced code, every other line as text, and GFM pipe tables with the line
 * above them as their caption.
 */
export function readMarkdown(text: string): DocumentModel {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const headings: Heading[] = [];
  const body: BodyText[] = [];
  const tables: DocTable[] = [];
  let fence: string | null = null;
  let table: DocTable | null = null;
  // The delimiter line under a table's header is neither text nor a row.
  let delimiter = -1;
  lines.forEach((line, i) => {
    const n = i + 1;
    if (i === delimiter) return;
    const f = FENCE.exec(line);
    if (fence) {
      if (f && f[1]![0] === fence[0] && f[1]!.length >= fence.length) fence = null;
      else if (line.trim()) body.push({ line: n, text: line.trim() });
      return;
    }
    if (table) {
      if (line.includes('|') && line.trim() !== '') {
        table.rows.push(cellsOf(line, n));
        body.push({ line: n, text: line.trim(), inTable: true });
        return;
      }
      table = null;
    }
    if (f) {
      fence = f[1]!;
      return;
    }
    const next = lines[i + 1];
    if (line.includes('|') && next !== undefined && DELIMITER.test(next) && next.includes('-')) {
      const header = cellsOf(line, n);
      let caption: string | null = null;
      for (let k = i - 1; k >= 0; k--) {
        if (lines[k]!.trim() === '') continue;
        const c = captionText(lines[k]!);
        caption = c.length <= 60 && !c.includes('|') ? c : null;
        break;
      }
      table = { caption, line: n, rows: [header] };
      tables.push(table);
      body.push({ line: n, text: line.trim(), inTable: true });
      delimiter = i + 1;
      return;
    }
    const atx = ATX.exec(line);
    if (atx) {
      const title = (atx[2] ?? '').trim();
      if (title) headings.push({ level: atx[1]!.length, text: title, line: n });
      return;
    }
    const prev = lines[i - 1];
    if (i > 0 && prev !== undefined && prev.trim() !== '' && /^ {0,3}(=+|-+)[ \t]*$/.test(line) && !ATX.test(prev) && !/^ {0,3}([-*+]|\d+[.)])\s/.test(prev)) {
      headings.push({ level: line.trim()[0] === '=' ? 1 : 2, text: prev.trim(), line: i });
      // The underlined line was taken for text a moment ago; it is the heading.
      if (body[body.length - 1]?.line === i) body.pop();
      return;
    }
    if (line.trim()) body.push({ line: n, text: plain(line.trim()) });
  });
  // Rows as wide as the widest: a short row is padded, as a person reads it.
  for (const t of tables) {
    let width = 0;
    for (const r of t.rows) width = Math.max(width, r.length);
    for (const r of t.rows) while (r.length < width) r.push({ text: '', line: r[0]!.line });
  }
  return { kind: 'md', headings, body, cover: coverOf(headings, body), tables };
}
