import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import { outlineSchemaFiles, outlineUri } from './schemas.js';
import { aheadValidator } from '../schema/ahead.js';

const require = createRequire(import.meta.url);

/** The export name of an outline's validator in the precompiled module. */
export const outlineValidatorKey = (id: string): string => `outline_${id.replace(/[^A-Za-z0-9]/g, '_')}`;

/**
 * ajv for outlines: `verbose` so a failed `contains` carries the item it belongs to
 * (its title and x- annotations travel with the error).
 */
export function outlineAjv(extra: Record<string, unknown> = {}): import('ajv').default {
  const Ajv2020 = require('ajv/dist/2020.js') as typeof import('ajv').default;
  const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: false, ...extra });
  for (const s of outlineSchemaFiles().values()) ajv.addSchema(s);
  return ajv;
}

let ajv: { files: Map<string, unknown>; ajv: import('ajv').default } | null = null;
export function outlineValidator(id: string): ValidateFunction {
  const ahead = aheadValidator(require, 'outline-validators', outlineValidatorKey(id));
  if (ahead) return ahead;
  // A user's outline (not precompiled) is compiled with every schema it may refer to.
  if (ajv?.files !== outlineSchemaFiles()) ajv = { files: outlineSchemaFiles(), ajv: outlineAjv() };
  const v = ajv.ajv.getSchema(outlineUri(id));
  if (!v) throw new Error(`outline schema not found: ${id}`);
  return v;
}
