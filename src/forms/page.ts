/** GB/T 9704-2012 page: A4, 天头 37 mm, 订口 28 mm, 版心 156 × 225 mm. */
export const PAGE_MM = { width: 210, height: 297, top: 37, left: 28, bodyWidth: 156, bodyHeight: 225 } as const;

/** Twips from millimetres, rounded to nearest (docx's own helper rounds down: A4 must be 11906 × 16838). */
export const mmToTwip = (mm: number): number => Math.round((mm * 1440) / 25.4);
/** PDF points from millimetres. */
export const mmToPt = (mm: number): number => (mm * 72) / 25.4;

export const PAGE_TWIPS = {
  width: mmToTwip(PAGE_MM.width),
  height: mmToTwip(PAGE_MM.height),
  top: mmToTwip(PAGE_MM.top),
  left: mmToTwip(PAGE_MM.left),
  right: mmToTwip(PAGE_MM.width - PAGE_MM.left - PAGE_MM.bodyWidth),
  bottom: mmToTwip(PAGE_MM.height - PAGE_MM.top - PAGE_MM.bodyHeight),
};

/** Default East Asian faces of a Word file: body 仿宋_GB2312, titles 方正小标宋简体 falling back to 宋体 in Word. */
export const DOCX_FONTS = { body: '仿宋_GB2312', title: '宋体', latin: 'Times New Roman' } as const;

export interface DocxFonts {
  /** East Asian face of the body (default 仿宋_GB2312). */
  body: string;
  /** East Asian face of the title (default 宋体; 方正小标宋简体 where installed). */
  title: string;
}

export const DEFAULT_DOCX_FONTS: DocxFonts = { body: DOCX_FONTS.body, title: DOCX_FONTS.title };

/** A round official seal is 42 mm across; it presses over the signer's date (GB/T 9704 7.3.5.1). */
export const SEAL_MM = 42;
/** The least height of a form's row: one line of text and its padding. */
export const MIN_ROW_MM = 8;
