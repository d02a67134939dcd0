import { Command, CommanderError, Option } from 'commander';
import { parseLang } from '../i18n/lang.js';
import type { Lang } from '../i18n/lang.js';
import { UsageError } from './errors.js';
import { VERSION } from '../version.js';
import { profileIds } from '../profiles/registry.js';

// Only commander loads at start-up: each command imports its own modules when it runs.

function langOf(program: Command): Lang {
  return parseLang(program.opts<{ lang?: string }>().lang);
}

/** commander's few messages in Chinese when that is the language asked for. */
function translate(text: string, lang: Lang): string {
  if (lang === 'en') return text;
  return text
    .replace(/^unknown option '([^']+)'/, '未知的选项 $1')
    .replace(/^unknown command '([^']+)'/, '未知的命令 $1')
    .replace(/^option '([^']+)' argument '([^']*)' is invalid\. Allowed choices are (.+)\./, '选项 $1 的取值「$2」无效，可选：$3')
    .replace(/^missing required argument '([^']+)'/, '缺少参数 $1')
    .replace(/^required option '([^']+)' not specified/, '缺少必需的选项 $1')
    .replace(/^option '([^']+)' argument missing/, '选项 $1 缺少取值')
    .replace(/^too many arguments(.*)/, '参数过多$1')
    .replace(/\(Did you mean (.+)\?\)/, '（是否为 $1？）');
}

function fail(err: unknown, lang: Lang, debug: boolean): number {
  // A bad argument, a folder that is not a package: one line, exit 2. Known by name: each command is
  // bundled apart, so its UsageError is not this file's class.
  if (err instanceof Error && (err.name === 'UsageError' || err.name === 'PackageError')) {
    process.stderr.write(`zwpack: ${err.message}\n`);
  } else if (err instanceof Error && err.name === 'ProfileError') {
    process.stderr.write(`zwpack: ${lang === 'en' ? (err as Error & { en: string }).en : err.message}\n`);
  } else {
    const msg = err instanceof Error ? err.message : String(err);
    process.stderr.write(
      lang === 'en'
        ? `zwpack: internal error: ${msg} Please report it with the --debug output.\n`
        : `zwpack: 内部错误：${msg} 请附上 --debug 输出报告问题\n`,
    );
    if (debug && err instanceof Error && err.stack) process.stderr.write(err.stack + '\n');
  }
  return 2;
}

export async function main(argv: string[]): Promise<void> {
  // A reader that stops early (| head) is not an error.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
  const program = new Command();
  let status = 0;
  program
    .name('zwpack')
    .description('政务信息化项目申报材料的编制与检查工具 / prepare and check a government IT project package')
    .version(VERSION, '-v, --version', '显示版本 / output the version number')
    .addOption(new Option('--lang <lang>', '消息语言 / message language').choices(['zh', 'en']).default('zh'))
    .option('--debug', '出错时显示调用栈 / show stack traces')
    .option('--profiles <dir>', '自定义办法所在目录（也可设 ZWPACK_PROFILES）/ a folder of your own profiles (or ZWPACK_PROFILES)')
    .option('--no-color', '不用颜色（也可设 NO_COLOR）/ no colour (or NO_COLOR)')
    .option('--max-file-size <MB>', 'Word 文档和 Excel 工作簿的大小上限（默认 50）/ size limit of DOCX and XLSX files in MB (default 50)')
    .exitOverride()
    .showSuggestionAfterError()
    // commander's own messages (unknown option, bad choice…) carry the prefix every zwpack message has.
    .configureOutput({ outputError: (text, write) => write(`zwpack: ${translate(text.replace(/^error: /, ''), langOf(program))}`) });

  // User profiles: named once for every command (and the worker threads, which share the environment), checked before use.
  program.hook('preAction', async (_program, command) => {
    if (program.opts<{ color?: boolean }>().color === false) process.env.NO_COLOR = '1';
    const max = program.opts<{ maxFileSize?: string }>().maxFileSize;
    if (max !== undefined) {
      if (!/^\d+(\.\d+)?$/.test(max) || Number(max) <= 0) throw new UsageError(langOf(program) === 'en' ? `--max-file-size takes a size in MB, such as 200: ${max}` : `--max-file-size 应为以 MB 计的大小，如 200：${max}`);
      process.env.ZWPACK_MAX_FILE_MB = max;
    }
    const dir = program.opts<{ profiles?: string }>().profiles;
    if (dir !== undefined) {
      const { existsSync, statSync } = await import('node:fs');
      if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(langOf(program) === 'en' ? `--profiles: not a folder: ${dir}` : `--profiles 不是目录：${dir}`);
      const { PROFILES_ENV } = await import('../profiles/registry.js');
      const { delimiter, resolve } = await import('node:path');
      process.env[PROFILES_ENV] = [resolve(dir), process.env[PROFILES_ENV]].filter(Boolean).join(delimiter);
    }
    if (process.env.ZWPACK_PROFILES && command.name() !== 'check') {
      const { checkUserProfiles } = await import('./profile.js');
      checkUserProfiles(langOf(program));
    }
  });

  program
    .command('init')
    .description('创建软件包目录 / scaffold a package folder')
    .argument('[dir]', '目标目录 / target folder', '.')
    .option('--from <file>', '从项目事实 YAML 创建 / take the facts from a YAML file')
    .option('--profile <id>', `适用办法 / profile: ${profileIds().join(', ')}`)
    .option('-y, --yes', '不提问，使用默认值 / do not ask; use defaults')
    .option('--force', '目录非空时仍写入（只添加缺少的文件，已有文件不替换）/ write into a non-empty folder (missing files only; nothing is replaced)')
    .option('--docs <format>', '文档骨架格式：docx 或 md / document skeletons: docx or md', 'docx')
    .option('--tables <format>', '附表格式：yaml 或 xlsx（默认 yaml；终端上会询问）/ annex tables: yaml or xlsx')
    .action(async (dir: string, opts: Record<string, unknown>) => {
      const { runInit } = await import('./init.js');
      status = await runInit(dir, { ...opts, lang: langOf(program) });
    });

  program
    .command('validate')
    .description('检查软件包 / validate packages')
    .argument('[dirs...]', '软件包目录 / package folders', ['.'])
    .addOption(new Option('--format <format>', '输出格式 / output format').choices(['pretty', 'json', 'sarif', 'junit', 'html']).default('pretty'))
    .option('--output <file>', '写入文件 / write the report to a file')
    .addOption(new Option('--fail-on <severity>', '退出码 1 的最低严重级别 / lowest severity that exits 1').choices(['error', 'warning', 'info']).default('error'))
    .option('--as-of <date>', '以此日期计算期限（默认本机时区的今天）/ measure deadlines on this date (default: today in the local time zone)')
    .option('--holidays <file>', '补充节假日数据（YAML/JSON）/ extra holiday data (YAML or JSON)')
    .option('--explain-path', '说明项目应具备的文档及理由 / show the documents the route needs, and why')
    .option('--stage <stage>', '按此阶段检查（不修改 project.yaml），如 竣工验收 / check as at this stage, e.g. 竣工验收')
    .option('-r, --recursive', '检查目录下的全部软件包 / validate every package below the folders')
    .option('-j, --jobs <n>', '并行线程数（默认：软件包多时每个 CPU 核一个）/ worker threads (default: one per core when there are many packages)')
    .option('--no-related', '不比较软件包之间的关系（代码、重复建设、复制的文字）/ do not compare the packages with one another (codes, building twice, copied text)')
    .action(async (dirs: string[], opts: { format: string; output?: string; failOn: string; asOf?: string; holidays?: string; explainPath?: boolean; stage?: string; recursive?: boolean; jobs?: string; related?: boolean }) => {
      const { runValidate } = await import('./validate.js');
      status = await runValidate(dirs, { ...opts, lang: langOf(program) });
    });

  program
    .command('import')
    .description('把收到的提交材料（目录或 .zip：Word、WPS、PDF、Excel）导入为软件包并检查 / import a submission (a folder or .zip of Word, WPS, PDF and Excel files) as a package, then validate it')
    .argument('<submission>', '提交材料的目录或 .zip / the submission: a folder or a .zip')
    .argument('[dir]', '软件包目录（默认 <submission>-zwpack）/ the package folder (default <submission>-zwpack)')
    .option('--profile <id>', `适用办法（默认按建设单位判断）/ profile (default: from the owner's name): ${profileIds().join(', ')}`)
    .option('--stage <stage>', '项目阶段（默认 立项审批）/ the stage (default 立项审批)')
    .option('--force', '目标目录已存在时替换它 / replace the target folder if it exists')
    .option('--as-of <date>', '以此日期计算期限（默认本机时区的今天）/ measure deadlines on this date (default: today in the local time zone)')
    .action(async (submission: string, dir: string | undefined, opts: { profile?: string; stage?: string; force?: boolean; asOf?: string }) => {
      const { runImport } = await import('./import.js');
      status = await runImport(submission, dir, { ...opts, lang: langOf(program) });
    });

  program
    .command('report')
    .description('生成可在浏览器中查看的 HTML 报告：时间线、资金、问题和材料 / write an HTML report: timeline, money, findings and materials')
    .argument('[dirs...]', '软件包目录 / package folders', ['.'])
    .option('--out <file>', '报告文件（默认：单个软件包为 <dir>/out/report.html，多个为 zwpack-report.html）/ the report file (default <dir>/out/report.html, or zwpack-report.html for several)')
    .option('--as-of <date>', '以此日期计算期限（默认本机时区的今天）/ measure deadlines on this date (default: today in the local time zone)')
    .option('--holidays <file>', '补充节假日数据（YAML/JSON）/ extra holiday data (YAML or JSON)')
    .option('-r, --recursive', '报告目录下的全部软件包 / every package below the folders')
    .option('-j, --jobs <n>', '并行线程数 / worker threads')
    .option('--force', '覆盖不是 zwpack 报告的已有文件 / replace an existing file that is not a zwpack report')
    .option('--since <old>', '与前一版本比较：每条问题标明新增或仍存在，并列出已解决的 / against the earlier version: each finding marked new or open, the fixed ones listed')
    .action(async (dirs: string[], opts: { out?: string; asOf?: string; holidays?: string; recursive?: boolean; jobs?: string; force?: boolean; since?: string }) => {
      const { runReport } = await import('./report.js');
      status = await runReport(dirs, { ...opts, lang: langOf(program) });
    });

  program
    .command('checklist')
    .description('验收和备案材料是否齐全 / are the acceptance and filing materials ready')
    .argument('[dir]', '软件包目录 / package folder', '.')
    .option('--as-of <date>', '以此日期判断逾期（默认本机时区的今天）/ judge overdue items on this date (default: today in the local time zone)')
    .addOption(new Option('--format <format>', '输出格式 / output format').choices(['pretty', 'json']).default('pretty'))
    .option('--output <file>', '写入文件 / write to a file')
    .option('--to <formats>', '同时生成带核对结果的竣工验收材料清单 / also render the materials list with each status: docx,pdf')
    .option('--out <dir>', '--to 的输出目录（默认 <dir>/out）/ output folder of --to (default <dir>/out)')
    .option('--ics <file>', '把即将到期的截止日期写成 iCalendar 文件 / write the coming deadlines as an iCalendar file')
    .option('--stage <stage>', '按此阶段判断哪些材料已到期（不修改 project.yaml），如 竣工验收 / judge which items are due as at this stage, e.g. 竣工验收')
    .action(async (dir: string, opts: { asOf?: string; format: string; output?: string; to?: string; out?: string; ics?: string; stage?: string }) => {
      const { runChecklist } = await import('./checklist.js');
      status = await runChecklist(dir, { ...opts, lang: langOf(program) });
    });

  program
    .command('diff')
    .description('比较软件包的两个版本：事实、附表、文档和检查结果 / compare two versions of a package: facts, tables, documents and findings')
    .argument('<old>', '旧版本：软件包目录，或提交材料（目录或 .zip）/ the old version: a package, or a submission (folder or .zip)')
    .argument('<new>', '新版本 / the new version')
    .addOption(new Option('--format <format>', '输出格式 / output format').choices(['pretty', 'json', 'html']).default('pretty'))
    .option('--output <file>', '写入文件 / write to a file')
    .option('--as-of <date>', '以此日期计算期限（默认本机时区的今天）/ measure deadlines on this date (default: today in the local time zone)')
    .action(async (oldDir: string, newDir: string, opts: { format: string; output?: string; asOf?: string }) => {
      const { runDiff } = await import('./diff.js');
      status = await runDiff(oldDir, newDir, { ...opts, lang: langOf(program) });
    });

  program
    .command('opinion')
    .description('生成审查意见（DOCX、PDF）：须修改和建议修改的问题，按文档和章节，引用条款 / write the review opinion (DOCX, PDF): what to fix and what is suggested, by document and chapter, citing the articles')
    .argument('[dir]', '软件包目录 / package folder', '.')
    .option('--to <formats>', '输出格式 / formats: docx,pdf', 'docx,pdf')
    .option('--out <dir>', '输出目录（默认 <dir>/out）/ output folder (default <dir>/out)')
    .option('--reviewer <name>', '审查单位（落款）/ the reviewing unit, as it signs')
    .option('--date <date>', '落款日期（默认今天）/ the date it is signed (default today)')
    .option('--exclude <rule...>', '不予采纳的规则 / rules the reviewer overrules')
    .option('--note <file>', '审查人员自己的意见（Markdown 列表）/ the reviewer\'s own items (a Markdown list)')
    .option('--since <old>', '前一轮的软件包：说明哪些意见已修改 / the previous round\'s package: which items were fixed')
    .option('--include-info', '也列入提示 / list infos too')
    .option('--as-of <date>', '以此日期计算期限（默认本机时区的今天）/ measure deadlines on this date (default: today in the local time zone)')
    .option('--font <file>', 'PDF 字体文件 / font file for the PDF')
    .option('--docx-font <name>', 'DOCX 正文中文字体（默认 仿宋_GB2312）/ East Asian body font of the DOCX')
    .action(async (dir: string, opts: { to: string; out?: string; reviewer?: string; date?: string; exclude?: string[]; note?: string; since?: string; includeInfo?: boolean; asOf?: string; font?: string; docxFont?: string }) => {
      const { runOpinion } = await import('./opinion.js');
      status = await runOpinion(dir, { ...opts, lang: langOf(program) });
    });

  program
    .command('render')
    .description('生成表单和附表（DOCX、PDF）/ render forms and annex tables as DOCX and PDF')
    .argument('[dir]', '软件包目录 / package folder', '.')
    .option('--form <id...>', '只生成这些表单 / only these forms')
    .option('--all', '生成本办法的全部表单 / every form of the profile')
    .option('--to <formats>', '输出格式 / formats: docx,pdf', 'docx,pdf')
    .option('--out <dir>', '输出目录（默认 <dir>/out）/ output folder (default <dir>/out)')
    .option('--font <file>', 'PDF 字体文件 / font file for the PDF')
    .option('--docx-font <name>', 'DOCX 正文中文字体（默认 仿宋_GB2312）/ East Asian body font of the DOCX')
    .option('--omit-na', '材料清单中略去不适用的条目 / leave not-applicable items out of the materials list')
    .option('--final', '软件包有错误时不生成（不出草稿）/ render nothing while the package has errors (no drafts)')
    .option('--as-of <date>', '以此日期计算下一年度（默认本机时区的今天）/ date for next-year amounts (default: today in the local time zone)')
    .action(async (dir: string, opts: { form?: string[]; all?: boolean; to: string; out?: string; font?: string; docxFont?: string; omitNa?: boolean; asOf?: string; final?: boolean }) => {
      const { runRender } = await import('./render.js');
      status = await runRender(dir, { ...opts, lang: langOf(program) });
    });

  const tables = program.command('tables').description('附表 / annex tables');
  tables
    .command('convert')
    .description('把附表在 YAML 和 Excel（.xlsx）之间转换 / convert the annex tables between YAML and .xlsx')
    .argument('[dir]', '软件包目录 / package folder', '.')
    .requiredOption('--to <format>', '目标格式：xlsx 或 yaml / target format: xlsx or yaml')
    .option('--force', '目标文件已存在时覆盖 / overwrite an existing target')
    .action(async (dir: string, opts: { to: string; force?: boolean }) => {
      const { runTablesConvert } = await import('./tables.js');
      status = await runTablesConvert(dir, { ...opts, lang: langOf(program) });
    });

  program
    .command('rules')
    .description('列出在用的规则 / list the rules in force')
    .option('--profile <id>', '只列该办法的规则 / only this profile\'s rules')
    .addOption(new Option('--format <format>', '输出格式 / output format').choices(['pretty', 'json']).default('pretty'))
    .action(async (opts: { profile?: string; format: string }) => {
      const { runRules } = await import('./rules.js');
      status = runRules({ ...opts, lang: langOf(program) });
    });

  program
    .command('explain')
    .description('说明一条规则及其条款原文 / explain a rule and quote its article')
    .argument('<rule-id>', '规则编号 / rule ID, e.g. XF-CONTRACT-5WD')
    .action(async (id: string) => {
      const { runExplain } = await import('./explain.js');
      status = runExplain(id, langOf(program));
    });

  program
    .command('profile')
    .description('自定义办法 / your own profiles')
    .command('check')
    .description('检查办法文件 / check profile files')
    .argument('<files...>', '办法文件 / profile files (<id>.yaml)')
    .action(async (files: string[]) => {
      const { runProfileCheck } = await import('./profile.js');
      status = runProfileCheck(files, langOf(program));
    });

  // `zwpack` alone is a request for help: on stdout, status 0.
  if (argv.length <= 2) {
    process.stdout.write(program.helpInformation());
    process.exitCode = 0;
    return;
  }
  try {
    // -V, commander's own spelling, still works beside -v.
    await program.parseAsync(argv.map((a, i) => (i >= 2 && a === '-V' ? '-v' : a)));
  } catch (err) {
    if (err instanceof CommanderError) {
      // Help and version are not failures; every other argument error is status 2.
      status = err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help' ? 0 : 2;
    } else {
      status = fail(err, langOf(program), program.opts<{ debug?: boolean }>().debug === true);
    }
  }
  process.exitCode = status;
}
