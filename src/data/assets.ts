import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/**
 * The installation root, where schemas/, profiles/ and templates/ live.
 * Both src/package/ (tests) and dist/package/ (the CLI) sit two levels below it.
 */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export const assetPath = (...parts: string[]): string => join(ROOT, ...parts);
