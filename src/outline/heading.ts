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
}

export interface Outline {
  kind: 'docx' | 'md';
  headings: Heading[];
  /** The text between and under the headings, in order (table cells included, a table of contents not). */
  body: BodyText[];
}

/** A document zwpack cannot read, with the reason in both languages. */
export class DocumentReadError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(en);
  }
}
