// Build step: compile every schema zwpack validates against (the project schema narrowed by
// each profile, and each table schema) into standalone code, so a run does not pay for ajv's
// compiler. dist/schema/compile.js falls back to compiling at run time when this file is absent.
import { createRequire } from 'node:module';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
// Only zwpack's own profiles are precompiled; a user's are compiled when used.
delete process.env.ZWPACK_PROFILES;
import { profileIds, loadProfile } from '../dist/profiles/profile.js';
import { profileOverlay, projectSchema, tableSchema, validatorKey } from '../dist/schema/compile.js';
import { readTablesRegistry } from '../dist/package/tables.js';
import { outlineIds, outlineUri } from '../dist/outline/schemas.js';
import { outlineAjv, outlineValidatorKey } from '../dist/outline/validator.js';

const require = createRequire(import.meta.url);
const Ajv2020 = require('ajv/dist/2020.js');
const { _ } = require('ajv');
const standaloneCode = require('ajv/dist/standalone').default;
const addFormats = require('ajv-formats');

const ajv = new Ajv2020({
  allErrors: true,
  strict: false,
  code: { source: true, formats: _`require("ajv-formats/dist/formats").fullFormats` },
});
addFormats(ajv);
ajv.addSchema(projectSchema());
const exportsMap = {};
for (const id of profileIds()) {
  const key = validatorKey('project', id);
  ajv.addSchema({ ...profileOverlay(loadProfile(id)), $id: `zwpack:${key}` });
  exportsMap[key] = `zwpack:${key}`;
}
for (const entry of Object.values(readTablesRegistry())) {
  const key = validatorKey('table', entry.schema);
  ajv.addSchema({ ...tableSchema(entry.schema), $id: `zwpack:${key}` });
  exportsMap[key] = `zwpack:${key}`;
}
writeEach(ajv, exportsMap, '../dist/schema/validators/');
console.log(`precompiled ${Object.keys(exportsMap).length} validators`);

// Outline validators keep `verbose` errors (a failed item carries its annotations): their own ajv.
const outlines = outlineAjv({ code: { source: true } });
const outlineExports = Object.fromEntries(outlineIds().map((id) => [outlineValidatorKey(id), outlineUri(id)]));
writeEach(outlines, outlineExports, '../dist/outline/outline-validators/');
console.log(`precompiled ${Object.keys(outlineExports).length} outline validators`);

/** One file per validator: a run loads (and V8 parses) only the few it uses. */
function writeEach(instance, exports, dir) {
  const url = new URL(dir, import.meta.url);
  rmSync(url, { recursive: true, force: true });
  mkdirSync(url, { recursive: true });
  for (const [key, id] of Object.entries(exports)) writeFileSync(new URL(`${key}.cjs`, url), standaloneCode(instance, { [key]: id }));
}
