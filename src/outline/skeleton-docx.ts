import { AlignmentType, Document, HeadingLevel, LineRuleType, Packer, PageBreak, Paragraph, TableOfContents, TextRun } from 'docx';
import { DOCX_FONTS, PAGE_TWIPS } from '../forms/page.js';
import { normalizeDocx } from '../fs/zip-normalize.js';
import type { SkeletonCover, SkeletonHeading } from './skeleton.js';

const font = (eastAsia: string) => ({ ascii: DOCX_FONTS.latin, hAnsi: DOCX_FONTS.latin, eastAsia });

/** 三号 (16 pt) body in 仿宋, fixed 28 pt lines: the usual GB/T 9704 body. */
const BODY = { size: 32, line: 560 };

/**
 * A Word skeleton: cover page (project, document, 建设单位, date), a table of contents that
 * Word/WPS fills on opening, then every heading as a real `heading N` style with the outline's
 * guidance under it. Page and fonts follow GB/T 9704.
 */
export async function docxSkeleton(cover: SkeletonCover, headings: readonly SkeletonHeading[]): Promise<Uint8Array> {
  const centered = (text: string, size: number, face: string, bold = false, before = 0): Paragraph =>
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before }, children: [new TextRun({ text, size, bold, font: font(face) })] });
  const body: Paragraph[] = [
    centered(cover.project, 44, DOCX_FONTS.title, true, 3000),
    centered(cover.document, 44, DOCX_FONTS.title, true, 400),
    centered(`建设单位：${cover.owner}`, 32, DOCX_FONTS.body, false, 3000),
    centered(`编制日期：${cover.date}`, 32, DOCX_FONTS.body, false, 200),
    new Paragraph({ children: [new PageBreak()] }),
    centered('目　录', 32, DOCX_FONTS.title, true),
    new TableOfContents('目录', { hyperlink: true, headingStyleRange: '1-2' }) as unknown as Paragraph,
    new Paragraph({ children: [new PageBreak()] }),
  ];
  for (const h of headings) {
    body.push(new Paragraph({ text: h.text, heading: h.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2, pageBreakBefore: h.level === 1 }));
    if (h.guide) body.push(new Paragraph({ style: 'Guide', text: `编写提示：${h.guide}` }));
    body.push(new Paragraph({ text: '（在此编写。）', indent: { firstLine: 640 } }));
  }
  const doc = new Document({
    creator: 'zwpack',
    title: `${cover.project}${cover.document}`,
    features: { updateFields: true },
    styles: {
      default: {
        document: { run: { size: BODY.size, font: font(DOCX_FONTS.body) }, paragraph: { spacing: { line: BODY.line, lineRule: LineRuleType.EXACT } } },
      },
      paragraphStyles: [
        // Built-in names ("heading 1") make Word's and WPS's navigation pane and TOC pick them up in any UI language.
        { id: 'Heading1', name: 'heading 1', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { size: 32, bold: true, font: font('黑体') }, paragraph: { outlineLevel: 0, keepNext: true, spacing: { before: 280, after: 0, line: BODY.line, lineRule: LineRuleType.EXACT } } },
        { id: 'Heading2', name: 'heading 2', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { size: 32, font: font('楷体_GB2312') }, paragraph: { outlineLevel: 1, keepNext: true, indent: { firstLine: 640 } } },
        { id: 'Guide', name: '编写提示', basedOn: 'Normal', next: 'Normal', run: { size: 28, italics: true, color: '808080' }, paragraph: { indent: { firstLine: 560 } } },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE_TWIPS.width, height: PAGE_TWIPS.height },
            margin: { top: PAGE_TWIPS.top, bottom: PAGE_TWIPS.bottom, left: PAGE_TWIPS.left, right: PAGE_TWIPS.right },
          },
        },
        children: body,
      },
    ],
  });
  return normalizeDocx(await Packer.toBuffer(doc));
}
