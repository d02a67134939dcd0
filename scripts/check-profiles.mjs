// Build step: zwpack's own profiles are checked as a user's are at load time (rules that exist,
// parameters they take, of their types); any finding fails the build, with its file:line:col.
// `node scripts/check-profiles.mjs DIR` checks another folder the same way.
import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { checkProfileFile } from '../dist/rules/profile-check.js';

delete process.env.ZWPACK_PROFILES;
const dir = resolve(process.argv[2] ?? new URL('../profiles/', import.meta.url).pathname);
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
const findings = files.flatMap((f) => checkProfileFile(join(dir, f), relative(process.cwd(), join(dir, f)), 'zh'));
for (const f of findings) console.error(`${f.file}:${f.line}:${f.column}: ${f.severity}: ${f.message}`);
if (findings.some((f) => f.severity === 'error')) process.exit(1);
console.log(`checked ${files.length} profiles`);
