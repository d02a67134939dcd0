import { existsSync, statSync } from 'node:fs';
import { delimiter, dirname, relative, resolve } from 'node:path';
import type { Finding } from '../findings.js';
import type { Lang } from '../i18n/lang.js';
import { pick } from '../i18n/lang.js';
import { PROFILES_ENV, profileSources } from '../profiles/registry.js';
import { checkProfileFile } from '../rules/profile-check.js';
import { UsageError } from './errors.js';

const line = (f: Finding): string => `${f.file}:${f.line}:${f.column}  ${f.severity}  ${f.message}`;

/** zwpack profile check FILE...: each finding with its place; exit 1 when there is an error. */
export function runProfileCheck(files: string[], lang: Lang): number {
  let errors = 0;
  for (const file of files) {
    const abs = resolve(file);
    if (!existsSync(abs) || !statSync(abs).isFile()) throw new UsageError(pick(lang, `找不到办法文件：${file}`, `profile file not found: ${file}`));
    // The file's own folder is a profiles folder too: its parent profile and its outlines/ are there.
    const before = process.env[PROFILES_ENV];
    process.env[PROFILES_ENV] = [before, dirname(abs)].filter(Boolean).join(delimiter);
    const findings = checkProfileFile(abs, relative(process.cwd(), abs) || file, lang);
    if (before === undefined) delete process.env[PROFILES_ENV];
    else process.env[PROFILES_ENV] = before;
    for (const f of findings) process.stdout.write(line(f) + '\n');
    errors += findings.filter((f) => f.severity === 'error').length;
    if (findings.length === 0) process.stdout.write(pick(lang, `✔ ${file}：办法文件有效\n`, `✔ ${file}: the profile is valid\n`));
  }
  return errors > 0 ? 1 : 0;
}

/**
 * Before a command uses them, the user's profiles (--profiles, ZWPACK_PROFILES) are checked:
 * a profile with an error stops the command with every finding, rather than dropping a rule silently.
 */
export function checkUserProfiles(lang: Lang): void {
  const findings = profileSources()
    .filter((s) => !s.builtin)
    .flatMap((s) => checkProfileFile(s.file, s.file, lang))
    .filter((f) => f.severity === 'error');
  if (findings.length === 0) return;
  throw new UsageError(
    pick(lang, `自定义办法有误，未执行命令（zwpack profile check 可单独检查）：\n`, `a profile of yours is not valid; nothing was done (zwpack profile check checks it alone):\n`) +
      findings.map((f) => `  ${line(f)}`).join('\n'),
  );
}
