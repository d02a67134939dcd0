import { XML_FORBIDDEN } from '../xml-chars.js';

/**
 * Text from a package (a YAML value, a file name) shown to a person: control characters (C0, DEL,
 * C1) and bidi overrides are written as visible escapes, as `git` and `ls` do, so an ESC sequence
 * cannot move the cursor or recolour the report and a newline in a file name cannot forge a line.
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function visible(s: string): string {
  return s.replace(UNSAFE, (ch) => {
    const code = ch.charCodeAt(0);
    if (ch === '\n') return '\\n';
    if (ch === '\t') return '\\t';
    if (ch === '\r') return '\\r';
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** Text for XML a person reads (JUnit): the characters XML forbids become visible escapes. */
export function xmlText(s: string): string {
  return s
    .replace(XML_FORBIDDEN, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
