/**
 * Characters XML 1.0 does not allow at all: most C0 controls, U+FFFE/U+FFFF and lone surrogates.
 * One of them in a DOCX or XLSX part makes the file not well-formed (Word and Excel refuse it).
 */
export const XML_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** The text without them, for XML written for office software (the facts' finding names each one). */
export function xmlSafe(s: string): string {
  return s.replace(XML_FORBIDDEN, '');
}

/** The first of them in a text, as its index and code point (`U+FFFE`), or null. */
export function firstXmlForbidden(s: string): { index: number; code: string } | null {
  XML_FORBIDDEN.lastIndex = 0;
  const m = XML_FORBIDDEN.exec(s);
  XML_FORBIDDEN.lastIndex = 0;
  return m ? { index: m.index, code: `U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` } : null;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML text with its entities resolved; a numeric one naming no character (`&#x110000;`) is dropped. */
export function unescapeXml(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) => {
    if (e[0] !== '#') return ENTITIES[e] ?? m;
    const n = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : '';
  });
}
