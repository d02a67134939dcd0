import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import { assetPath } from '../data/assets.js';
import type { Profile } from '../profiles/profile.js';
import { profileIds } from '../profiles/registry.js';
import { aheadValidator } from './ahead.js';

// ajv and ajv-formats are CommonJS; createRequire avoids default-export interop guesses.
const require = createRequire(import.meta.url);

type Json = Record<string, unknown>;

let ajv: import('ajv').default | null = null;
const schemas = new Map<string, Json>();
const validators = new Map<string, ValidateFunction>();

function readSchema(rel: string): Json {
  let s = schemas.get(rel);
  if (!s) {
    s = JSON.parse(readFileSync(assetPath('schemas', rel), 'utf8')) as Json;
    schemas.set(rel, s);
  }
  return s;
}

function getAjv(): import('ajv').default {
  if (!ajv) {
    const Ajv2020 = require('ajv/dist/2020.js') as typeof import('ajv').default;
    const addFormats = require('ajv-formats') as (a: unknown) => void;
    ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
  }
  return ajv;
}

/** A schema compiled at run time (zwpack's data checks, a user's profile): these are not precompiled. */
export function compileSchema(schema: Json): ValidateFunction {
  return getAjv().compile(schema);
}

/** A schema file under schemas/, parsed once. */
export function schemaFile(rel: string): Json {
  return readSchema(rel);
}

export const PROJECT_SCHEMA = 'project.schema.json';

/** The project schema as written, for looking up field titles. */
export function projectSchema(): Json {
  return readSchema(PROJECT_SCHEMA);
}

export function tableSchema(file: string): Json {
  return readSchema(`tables/${file}`);
}

/**
 * The project schema narrowed by a profile's data: its classes, stages, modes,
 * fund natures and questions become enums, so one schema serves every county.
 */
export function profileOverlay(profile: Profile): Json {
  const ids = profile.questions.map((q) => q.id);
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $ref: (projectSchema().$id as string),
    properties: {
      profile: { enum: profileIds() },
      class: profile.classes.length > 0 ? { enum: profile.classes } : false,
      stage: { enum: profile.stages },
      mode: { enum: profile.modes },
      money: { properties: { funding: { items: { properties: { nature: { enum: profile.fundNatures } } } } } },
      declarations: ids.length > 0 ? { propertyNames: { enum: ids } } : { maxProperties: 0 },
    },
  };
}

/** The export name of a validator in the precompiled module (an identifier). */
export function validatorKey(kind: 'project' | 'table', name: string): string {
  return `${kind}_${name.replace(/\.schema\.json$/, '').replace(/[^A-Za-z0-9]/g, '_')}`;
}

const ahead = (key: string): ValidateFunction | undefined => aheadValidator(require, 'validators', key);

export function projectValidator(profile: Profile): ValidateFunction {
  const key = validatorKey('project', profile.id);
  let v = validators.get(key) ?? ahead(key);
  if (!v) {
    const a = getAjv();
    if (!a.getSchema(projectSchema().$id as string)) a.addSchema(projectSchema());
    v = a.compile(profileOverlay(profile));
  }
  validators.set(key, v);
  return v;
}

export function tableValidator(file: string): ValidateFunction {
  const key = validatorKey('table', file);
  let v = validators.get(key) ?? ahead(key);
  if (!v) {
    v = getAjv().compile(tableSchema(file));
  }
  validators.set(key, v);
  return v;
}
