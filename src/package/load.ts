import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../i18n/lang.js';
import { pick } from '../i18n/lang.js';
import { isProfileId, loadProfile } from '../profiles/profile.js';
import type { Profile } from '../profiles/profile.js';
import { PackageError } from './errors.js';
import { readYamlFile } from './yaml-file.js';
import { preloaded } from './preloaded.js';
import type { YamlFile } from './yaml-file.js';
import type { Finding } from '../findings.js';
import { insideFolder } from './documents.js';

export const FACTS_FILE = 'project.yaml';
export const TABLES_DIR = 'tables';

/** A package read from disk: its facts, its tables and the profile it names. */
export interface LoadedPackage {
  dir: string;
  facts: YamlFile;
  tables: YamlFile[];
  /** The profile the facts name, or `national` when they name none we know. */
  profile: Profile;
  profileKnown: boolean;
  /** Problems with the folder itself (odd file names, links leaving it). */
  notes: Finding[];
}

/** Read a package folder; a folder that is not a package is a PackageError (exit 2). */
export function loadPackage(dir: string, lang: Lang): LoadedPackage {
  if (!existsSync(dir)) throw new PackageError(pick(lang, `找不到软件包目录：${dir}`, `package folder not found: ${dir}`));
  if (!statSync(dir).isDirectory()) throw new PackageError(pick(lang, `不是目录：${dir}`, `not a folder: ${dir}`));
  const factsPath = join(dir, FACTS_FILE);
  if (!existsSync(factsPath)) {
    // A folder of Word/PDF/Excel files is a submission as a reviewer receives it: import makes it a package.
    if (readdirSync(dir).some((n) => /\.(docx?|wps|pdf|xlsx?|et|zip)$/i.test(n))) {
      throw new PackageError(
        pick(
          lang,
          `${dir} 是一份提交材料（Word/PDF/Excel 文件，没有 ${FACTS_FILE}）：先运行 zwpack import ${dir}，再检查它生成的软件包`,
          `${dir} is a submission (Word/PDF/Excel files, no ${FACTS_FILE}): run zwpack import ${dir}, then check the package it writes`,
        ),
      );
    }
    throw new PackageError(
      pick(
        lang,
        `${dir} 不是 zwpack 软件包：缺少 ${FACTS_FILE}（可用 zwpack init 创建）`,
        `${dir} is not a zwpack package: ${FACTS_FILE} is missing (zwpack init creates one)`,
      ),
    );
  }
  if (!insideFolder(dir, factsPath)) {
    throw new PackageError(pick(lang, `${dir} 的 ${FACTS_FILE} 是指向软件包目录之外的链接`, `${FACTS_FILE} in ${dir} is a link that leaves the package folder`));
  }
  const facts = readYamlFile(factsPath, FACTS_FILE, lang);
  const declared = (facts.data as Record<string, unknown> | undefined)?.profile;
  const profileKnown = isProfileId(declared);
  const profile = loadProfile(profileKnown ? declared : 'national');

  const tables: YamlFile[] = [];
  const notes: Finding[] = [];
  const tdir = join(dir, TABLES_DIR);
  if (existsSync(tdir) && statSync(tdir).isDirectory()) {
    for (const raw of readdirSync(tdir, { encoding: 'buffer' }).sort(Buffer.compare)) {
      const name = raw.toString('utf8');
      const workbook = /\.xlsx$/i.test(name);
      if (!/\.ya?ml$/i.test(name) && !workbook) continue;
      const rel = `${TABLES_DIR}/${name}`;
      const at = { ruleId: 'package', severity: 'error' as const, file: rel, line: 1, column: 1, source: null };
      if (!Buffer.from(name, 'utf8').equals(raw)) {
        notes.push({ ...at, message: pick(lang, '文件名不是 UTF-8 编码（可能来自 GBK 系统），请重命名', 'the file name is not UTF-8 (perhaps from a GBK system): rename it') });
        continue;
      }
      if (!insideFolder(dir, join(tdir, name))) {
        notes.push({ ...at, message: pick(lang, '表格是指向软件包目录之外的链接，已跳过', 'the table is a link that leaves the package folder; skipped') });
        continue;
      }
      if (!workbook) {
        tables.push(readYamlFile(join(tdir, name), rel, lang));
        continue;
      }
      const base = name.replace(/\.xlsx$/i, '');
      if (existsSync(join(tdir, `${base}.yaml`)) || existsSync(join(tdir, `${base}.yml`))) {
        notes.push({ ...at, message: pick(lang, `同一张表既有 ${base}.yaml 又有 ${name}：只保留一种格式（已按 YAML 检查）`, `the table is both ${base}.yaml and ${name}: keep one (checked as YAML)`) });
        continue;
      }
      const read = preloaded(join(tdir, name));
      if (read) tables.push(read);
    }
  }
  return { dir, facts, tables, profile, profileKnown, notes };
}
