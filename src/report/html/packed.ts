// A page of many packages past a size keeps each package's section deflated, in base64, and opens it
// in the browser when its row is opened: a thousand packages with findings stay far under 10 MB, and
// the browser builds only the table at load. Such sections need the script; smaller pages do not.
import { readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import { assetPath } from '../../data/assets.js';
import { vendored } from '../../fs/vendored.js';

/** Past this many bytes of package sections, they are packed. */
export const PLAIN_LIMIT = 8_000_000;

export interface Packed {
  /** Bytes of the section's HTML once inflated (the decoder writes into a buffer of this size). */
  n: number;
  /** The raw DEFLATE stream, in base64. */
  z: string;
}

export function packSection(html: string): Packed {
  const bytes = Buffer.from(html, 'utf8');
  return { n: bytes.length, z: deflateRawSync(bytes, { level: 9 }).toString('base64') };
}

/**
 * The script that opens packed sections: tiny-inflate (ES5, a few KB; its licence kept with it) and
 * the opener from templates/report/.
 */
export function packedScript(): string {
  const licence = readFileSync(vendored('tiny-inflate/LICENSE', 'tiny-inflate', 'LICENSE'), 'utf8').trim();
  const code = readFileSync(vendored('tiny-inflate/index.js', 'tiny-inflate', 'index.js'), 'utf8');
  const opener = readFileSync(assetPath('templates', 'report', 'packed.js'), 'utf8');
  return `/* tiny-inflate\n${licence.replace(/\*\//g, '* /')}\n*/\nvar zwInflate = (function () { var module = { exports: {} };\n${code}\nreturn module.exports; })();\n${opener}`;
}
