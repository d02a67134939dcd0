import { readFileSync } from 'node:fs';
import { create } from 'fontkit';
import type { FontFile } from './fonts.js';
import { fontKey } from './fonts.js';

// Loaded only by the PDF painter: fontkit is a large module that DOCX output does not need.

interface Glyph {
  advanceWidth: number;
}
interface Face {
  glyphsForString(text: string): Glyph[];
  layout(text: string, features?: unknown): unknown;
}
// The ESM entry, as pdfkit imports it: one fontkit in the process, not a CommonJS second copy.
const createFace = (buf: Uint8Array, family?: string): Face => create(buf, family) as Face;
const parsed = new Map<string, Face>();

/**
 * Lay text out by the cmap alone: one glyph per character at its advance width. A form's Chinese
 * needs no shaping, and fontkit's OpenType layout over a 30,000-glyph CJK face (GSUB/GPOS tables,
 * script detection) was a fifth of a render. What is lost is kerning and Latin ligatures.
 * The run has the shape pdfkit reads from fontkit's GlyphRun; its width follows the positions,
 * which pdfkit scales in place.
 */
function cmapLayout(face: Face): Face {
  face.layout = (text: string) => {
    const glyphs = face.glyphsForString(text);
    const positions = glyphs.map((g) => ({ xAdvance: g.advanceWidth, yAdvance: 0, xOffset: 0, yOffset: 0 }));
    return {
      glyphs,
      positions,
      get advanceWidth() {
        return positions.reduce((w, p) => w + p.xAdvance, 0);
      },
    };
  };
  return face;
}

/**
 * The face of a font file, parsed once per process. pdfkit accepts a parsed fontkit font, and
 * fontkit fills its tables (cmap, metrics) lazily on first use: handing every form the same object
 * keeps that work from being redone for each document.
 */
export function parsedFace(f: FontFile): object {
  const key = fontKey(f);
  let face = parsed.get(key);
  if (!face) {
    face = cmapLayout(createFace(readFileSync(f.path), f.family));
    parsed.set(key, face);
  }
  return face;
}

