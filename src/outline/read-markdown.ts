import type { BodyText, Heading, Outline } from './heading.js';

const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** ATX (`## 标题`) and Setext (underlined with === or ---) headings, outside fenced code. */
export function readMarkdownOutline(text: string): Outline {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const headings: Heading[] = [];
  const body: BodyText[] = [];
  let fence: string | null = null;
  lines.forEach((line, i) => {
    const f = FENCE.exec(line);
    if (fence) {
      if (f && f[1]![0] === fence[0] && f[1]!.length >= fence.length) fence = null;
      else if (line.trim()) body.push({ line: i + 1, text: line.trim() });
      return;
    }
    if (f) {
      fence = f[1]!;
      return;
    }
    const atx = ATX.exec(line);
    if (atx) {
      const body = (atx[2] ?? '').trim();
      if (body) headings.push({ level: atx[1]!.length, text: body, line: i + 1 });
      return;
    }
    const prev = lines[i - 1];
    if (i > 0 && prev !== undefined && prev.trim() !== '' && /^ {0,3}(=+|-+)[ \t]*$/.test(line) && !ATX.test(prev) && !/^ {0,3}([-*+]|\d+[.)])\s/.test(prev)) {
      headings.push({ level: line.trim()[0] === '=' ? 1 : 2, text: prev.trim(), line: i });
      // The underlined line was taken for text a moment ago; it is the heading.
      if (body[body.length - 1]?.line === i) body.pop();
      return;
    }
    if (line.trim()) body.push({ line: i + 1, text: line.trim() });
  });
  return { kind: 'md', headings, body };
}
