// Build step: zwpack's own profiles are checked as a user's are at load time (rules that exist,
// parameters they take, of their types), and its form templates against their schema; any finding
// fails the build, with its file:line:col. `node scripts/check-profiles.mjs DIR` checks another
// folder of profiles the same way.
import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { checkProfileFile } from '../dist/rules/profile-check.js';
import { checkFormTemplate } from '../dist/render/template-check.js';

delete process.env.ZWPACK_PROFILES;
const dir = resolve(process.argv[2] ?? new URL('../profiles/', import.meta.url).pathname);
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
const findings = files.flatMap((f) => checkProfileFile(join(dir, f), relative(process.cwd(), join(dir, f)), 'zh'));
const forms = new URL('../templates/forms/', import.meta.url).pathname;
const templates = process.argv[2] ? [] : readdirSync(forms).filter((f) => f.endsWith('.yaml'));
findings.push(...templates.flatMap((f) => checkFormTemplate(join(forms, f), relative(process.cwd(), join(forms, f)), 'zh')));
for (const f of findings) console.error(`${f.file}:${f.line}:${f.column}: ${f.severity}: ${f.message}`);
if (findings.some((f) => f.severity === 'error')) process.exit(1);
console.log(`checked ${files.length} profiles and ${templates.length} form templates`);
