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
