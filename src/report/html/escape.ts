import { visible } from '../safe-text.js';

/** Text from a package in HTML or SVG: markup characters escaped, control characters shown as escapes. */
export function esc(s: unknown): string {
  return visible(String(s ?? ''))
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** An id usable in a fragment link (`#rule-XF-REVIEW`). */
export const anchor = (s: string): string => s.replace(/[^A-Za-z0-9_-]/g, (c) => `_${c.codePointAt(0)!.toString(16)}`);
