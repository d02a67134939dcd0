// The one model every reader fills and every check reads: headings, numbered paragraphs, the cover,
// and tables as rows of cells with merges resolved and their caption.

/** One heading of a document, where it was found, and how the reader knew it was one. */
export interface Heading {
  /** 1 for a chapter; deeper levels count up. */
  level: number;
  text: string;
  /** Markdown: the line; DOCX: the paragraph number (1-based, as Word counts body paragraphs). */
  line: number;
  /** DOCX only: `¶112 「第四章 项目建设方案」`. */
  place?: string;
}

/** A paragraph (DOCX) or line (Markdown) of text that is not a heading. */
export interface BodyText {
  line: number;
  text: string;
  /** A cell's paragraph of a table (the table checks read it as a cell; the text checks leave it to them). */
  inTable?: true;
}

/** One cell of a table after merges are resolved: a merged cell's text stands in every row and column it spans. */
export interface Cell {
  text: string;
  /** The paragraph (DOCX) or line (Markdown) the cell's text starts at. */
  line: number;
}

/** Word allows 63 columns; a wider grid (a span of millions in a crafted file) is cut here. */
export const MAX_COLUMNS = 64;

/** A table of the document. */
export interface DocTable {
  /** The short line just above the table (`表8-1 项目总投资估算表`), if there is one. */
  caption: string | null;
  /** Where the table starts (its first cell's paragraph, or the Markdown header's line). */
  line: number;
  /** Rows of cells, every row as wide as the table's grid. */
  rows: Cell[][];
}

export interface DocumentModel {
  kind: 'docx' | 'md' | 'pdf';
  /** PDF only: the first line of each page, in page order (a line's page is where it falls among them). */
  pageStarts?: number[];
  headings: Heading[];
  /** The text between and under the headings, in order (table cells included, a table of contents not). */
  body: BodyText[];
  /** What stands before the first heading: the title page. */
  cover: BodyText[];
  tables: DocTable[];
}

/** The outline checks read the same model. */
export type Outline = DocumentModel;

/** A document zwpack cannot read, with the reason in both languages. */
export class DocumentReadError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(en);
  }
}

/** The lines before the first heading (all of them when there is none): the cover. */
export function coverOf(headings: readonly Heading[], body: readonly BodyText[]): BodyText[] {
  const first = headings[0]?.line ?? Infinity;
  return body.filter((b) => b.line < first && !b.inTable);
}

/** The headings a paragraph stands under, chapter first. */
export function headingPath(headings: readonly Heading[], line: number): Heading[] {
  const path: Heading[] = [];
  for (const h of headings) {
    if (h.line > line) break;
    while (path.length > 0 && path.at(-1)!.level >= h.level) path.pop();
    path.push(h);
  }
  return path;
}

/** The page (1-based) a line of a PDF stands on. */
export function pageOf(pageStarts: readonly number[], line: number): number {
  let page = 0;
  while (page < pageStarts.length && pageStarts[page]! <= line) page++;
  return Math.max(1, page);
}

/**
 * Where a paragraph is, as a finding names it: `¶84 第一章 项目概述 › 六、项目总投资及资金来源` (DOCX),
 * `第 12 页 第一章 项目概述` (PDF, the page a reader turns to) or the heading path (Markdown).
 */
export function placeOf(model: Pick<DocumentModel, 'kind' | 'headings' | 'pageStarts'>, line: number): string {
  const path = headingPath(model.headings, line).map((h) => h.text).join(' › ');
  if (model.kind === 'md') return path;
  const at = model.kind === 'pdf' ? `第 ${pageOf(model.pageStarts ?? [], line)} 页` : `¶${line}`;
  return `${at}${path ? ` ${path}` : ''}`;
}
