import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Lang } from '../i18n/lang.js';
import { pick } from '../i18n/lang.js';
import type { ValidateFunction } from 'ajv';
import { readYamlFile } from '../package/yaml-file.js';
import { schemaFindings } from '../schema/check.js';
import { projectSchema, projectValidator } from '../schema/compile.js';
import { isProfileId, loadProfile } from '../profiles/profile.js';
import { defaultFacts } from '../init/defaults.js';
import { isEmptyFolder, planPackage, ScaffoldError, writePackage } from '../init/scaffold.js';
import type { DocsFormat, TablesFormat } from '../init/scaffold.js';
import { fsReason } from '../fs/errors.js';
import { UsageError } from './errors.js';
import { profileArg } from './args.js';

export interface InitOptions {
  from?: string;
  profile?: string;
  yes?: boolean;
  force?: boolean;
  /** Document skeletons as Word files (default) or Markdown. */
  docs?: DocsFormat;
  /** Annex tables as YAML (default) or Excel workbooks. */
  tables?: TablesFormat;
  lang: Lang;
}

function readFacts(path: string, lang: Lang): Record<string, unknown> {
  const yf = readYamlFile(resolve(path), path, lang);
  const bad = yf.findings.find((f) => f.severity === 'error');
  if (bad) throw new UsageError(`${path}:${bad.line}:${bad.column} ${bad.message}`);
  if (!yf.data || typeof yf.data !== 'object' || Array.isArray(yf.data)) {
    throw new UsageError(pick(lang, `${path} 不是项目事实文件（应为键值表）`, `${path} is not a facts file (expected a mapping)`));
  }
  // Keys the facts do not have (项目名称: instead of name:) would be copied and ignored: name them now.
  const data = yf.data as Record<string, unknown>;
  const profile = loadProfile(isProfileId(data.profile) ? data.profile : 'national');
  const full = projectValidator(profile);
  const unknownOnly = ((d: unknown) => {
    full(d);
    unknownOnly.errors = (full.errors ?? []).filter((e) => e.keyword === 'additionalProperties');
    return unknownOnly.errors.length === 0;
  }) as unknown as ValidateFunction;
  const unknown = schemaFindings(yf, unknownOnly, projectSchema(), profile.name, lang);
  if (unknown.length > 0) throw new UsageError(unknown.map((f) => `${path}:${f.line}:${f.column} ${f.message}`).join('\n'));
  return data;
}

/** Scaffold a package folder; returns the exit status. */
export async function runInit(dirArg: string | undefined, opts: InitOptions): Promise<number> {
  const { lang } = opts;
  const dir = resolve(dirArg ?? '.');
  if (existsSync(dir) && !statSync(dir).isDirectory()) {
    throw new UsageError(pick(lang, `${dirArg} 是一个文件，不是目录：请给出软件包目录（不存在时会创建）`, `${dirArg} is a file, not a folder: name the package folder (created when missing)`));
  }
  const wanted = profileArg(opts.profile, lang);
  if (opts.docs !== undefined && opts.docs !== 'docx' && opts.docs !== 'md') {
    throw new UsageError(pick(lang, `--docs 只能是 docx 或 md，而不是「${String(opts.docs)}」`, `--docs must be docx or md, not "${String(opts.docs)}"`));
  }
  if (opts.tables !== undefined && opts.tables !== 'yaml' && opts.tables !== 'xlsx') {
    throw new UsageError(pick(lang, `--tables 只能是 yaml 或 xlsx，而不是「${String(opts.tables)}」`, `--tables must be yaml or xlsx, not "${String(opts.tables)}"`));
  }
  let tablesFormat: TablesFormat = opts.tables ?? 'yaml';
  let docsFormat: DocsFormat = opts.docs ?? 'docx';
  if (!isEmptyFolder(dir) && !opts.force) {
    throw new UsageError(pick(lang, `目标目录不为空：${dir}（加 --force 写入其中：只添加缺少的文件，已有文件不会被替换或删除）`, `target folder is not empty: ${dir} (--force writes into it: only missing files are added; nothing there is replaced or deleted)`));
  }
  let facts: Record<string, unknown>;
  if (opts.from) {
    facts = readFacts(opts.from, lang);
    if (wanted) facts.profile = wanted;
  } else if (!opts.yes && process.stdin.isTTY && process.stdout.isTTY) {
    const { askFacts, askFormats } = await import('../init/ask.js');
    try {
      facts = await askFacts(wanted);
      const formats = await askFormats({ docs: opts.docs === undefined, tables: opts.tables === undefined });
      docsFormat = formats.docs ?? docsFormat;
      tablesFormat = formats.tables ?? tablesFormat;
    } catch (err) {
      // Ctrl-C at a question: nothing has been written yet.
      if ((err as Error).name === 'ExitPromptError') throw new UsageError(pick(lang, '已取消，未写入任何文件', 'cancelled; nothing was written'));
      throw err;
    }
  } else {
    facts = defaultFacts(loadProfile(wanted ?? 'national'));
  }
  const profile = loadProfile(isProfileId(facts.profile) ? facts.profile : 'national');
  let written: string[];
  let kept: string[];
  try {
    ({ written, kept } = writePackage(dir, await planPackage(dir, facts, profile, docsFormat, tablesFormat)));
  } catch (err) {
    if (!(err instanceof ScaffoldError)) throw err;
    const reason = fsReason(err.cause, lang) ?? String((err.cause as Error).message);
    throw new UsageError(
      pick(
        lang,
        `无法写入 ${err.file}：${reason}；已写入 ${err.written.length} 个文件，均完整`,
        `cannot write ${err.file}: ${reason}; ${err.written.length} files were written whole`,
      ),
    );
  }
  const rel = dirArg ?? '.';
  // Material folders are listed as one line, not file by file.
  const folders = written.filter((f) => f.endsWith('/.keep')).length;
  // The package's own copies of the schemas (.zwpack/) are not the user's to edit: not listed.
  written = written.filter((f) => !f.endsWith('/.keep') && !f.startsWith('.zwpack/'));
  kept = kept.filter((f) => !f.startsWith('.zwpack/'));
  if (folders > 0) written.push(pick(lang, `materials/ 下 ${folders} 个材料目录`, `${folders} material folders under materials/`));
  if (kept.length > 0) {
    process.stdout.write(pick(lang, `已存在，未改动（已有文件从不替换）：\n${kept.map((f) => `  ${f}`).join('\n')}\n\n`, `already there, left as it was (existing files are never replaced):\n${kept.map((f) => `  ${f}`).join('\n')}\n\n`));
  }
  process.stdout.write(
    pick(
      lang,
      `已在 ${rel} 创建${profile.name}政务信息化项目软件包：\n${written.map((f) => `  ${f}`).join('\n')}\n\n下一步：\n  1. 编辑 ${rel}/project.yaml，补全项目事实（尚未填写的键以 # 开头列出：删去 # 改成本项目的值）；\n  2. 在 docs/ 中编写文档，在 tables/ 中填写附表；\n  3. 运行 zwpack validate ${rel} 检查软件包。\n`,
      `Created a ${profile.nameEn} package in ${rel}:\n${written.map((f) => `  ${f}`).join('\n')}\n\nNext:\n  1. edit ${rel}/project.yaml and complete the facts (keys not given yet are listed commented out: remove the # and fill them in);\n  2. write the documents in docs/ and fill the tables in tables/;\n  3. run zwpack validate ${rel}.\n`,
    ),
  );
  return 0;
}
