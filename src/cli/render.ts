import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Lang } from '../i18n/lang.js';
import { pick } from '../i18n/lang.js';
import { fsReason } from '../fs/errors.js';
import { loadPackage } from '../package/load.js';
import { preloadWorkbooks } from '../package/preloaded.js';
import type { LoadedPackage } from '../package/load.js';
import type { BindOptions } from '../render/forms.js';
import type { PdfFonts } from '../render/fonts.js';
import { bindPackageForm, formsForStage, packageTables, profileForms } from '../render/forms.js';
import { installHandlers, interruptPoint, writeFileAtomic } from '../fs/atomic.js';
import { buildTime } from '../fs/zip-normalize.js';
import { pdfFonts } from '../render/fonts.js';
import { DEFAULT_DOCX_FONTS } from '../forms/page.js';
import { writeForm } from '../render/write.js';
import type { Format } from '../render/write.js';
import { fieldTitle } from '../schema/titles.js';
import { projectSchema } from '../schema/compile.js';
import { asOfArg, formatsArg } from './args.js';
export { formatsArg };
import type { Day } from '../calendar/dates.js';
import { packagedCalendar } from '../calendar/workdays.js';
import { validatePackage } from '../pipeline.js';
import { UsageError } from './errors.js';

export interface RenderOptions {
  form?: string[];
  all?: boolean;
  to: string;
  out?: string;
  font?: string;
  docxFont?: string;
  omitNa?: boolean;
  asOf?: string;
  /** Refuse to draw from a package with errors (no drafts). */
  final?: boolean;
  lang: Lang;
}

/** What stands in the way of a clean render: the package's errors, the first few of them as lines. */
function packageErrors(dir: string, pkg: LoadedPackage, asOf: Day, lang: Lang): { count: number; lines: string[] } {
  const { result } = validatePackage(dir, { lang, asOf, calendar: packagedCalendar() }, pkg);
  const errors = result.findings.filter((f) => f.severity === 'error');
  return { count: errors.length, lines: errors.slice(0, 5).map((f) => `  ${f.file}:${f.place ?? `${f.line}:${f.column}`} ${f.message}  ${f.ruleId}`) };
}


/** zwpack render: draw the profile's forms from the facts, as DOCX and PDF, into out/. */
/** A font the user named must exist, and not be a WOFF2 web font, before any form is drawn. */
function checkFontFile(path: string, lang: Lang): void {
  if (!existsSync(path)) throw new UsageError(pick(lang, `找不到字体文件：${path}`, `font file not found: ${path}`));
  const head = Buffer.alloc(4);
  try {
    const fd = openSync(path, 'r');
    try {
      readSync(fd, head, 0, 4, 0);
    } finally {
      closeSync(fd);
    }
  } catch {
    return; // unreadable: the font loader names the reason
  }
  // The bundle leaves out fontkit's brotli decoder, which only WOFF2 needs (scripts/bundle-stubs/).
  if (head.toString('latin1') === 'wOF2') {
    throw new UsageError(pick(lang, `不支持 WOFF2 网页字体：${path}，请使用 TTF、OTF 或 TTC 字体文件`, `WOFF2 web fonts are not supported: ${path}; use a TTF, OTF or TTC file`));
  }
}

export async function runRender(dirArg: string | undefined, opts: RenderOptions): Promise<number> {
  const { lang } = opts;
  const dir = resolve(dirArg ?? '.');
  const formats = formatsArg(opts.to, lang, true);
  const asOf = asOfArg(opts.asOf, lang);
  if (opts.font !== undefined) checkFontFile(opts.font, lang);
  await preloadWorkbooks(dir, lang);
  const pkg = loadPackage(dir, lang);
  if (pkg.facts.data === undefined || pkg.facts.data === null || typeof pkg.facts.data !== 'object') {
    const first = pkg.facts.findings[0];
    const where = first ? `${first.file}:${first.line}:${first.column} ${first.message}` : 'project.yaml';
    throw new UsageError(pick(lang, `无法读取项目事实：${where}`, `cannot read the facts: ${where}`));
  }
  const available = profileForms(pkg);
  let chosen = opts.all ? available : formsForStage(pkg);
  if (opts.form && opts.form.length > 0) {
    const ids = available.map((t) => t.id);
    const unknown = opts.form.find((id) => !ids.includes(id));
    if (unknown) throw new UsageError(pick(lang, `${pkg.profile.name}没有表单「${unknown}」；可用：${ids.join('、')}`, `${pkg.profile.nameEn} has no form "${unknown}"; available: ${ids.join(', ')}`));
    chosen = available.filter((t) => opts.form!.includes(t.id));
  }
  if (chosen.length === 0) {
    throw new UsageError(pick(lang, `当前阶段没有默认表单；用 --all 或 --form 选择（可用：${available.map((t) => t.id).join('、')}）`, `no form for the current stage; choose with --all or --form (available: ${available.map((t) => t.id).join(', ')})`));
  }
  // Workbooks are written for annex tables only: asked for nothing else, forms that are no table give nothing.
  if (formats.every((f) => f === 'xlsx') && !chosen.some((t) => t.kind === 'table')) {
    const tables = available.filter((t) => t.kind === 'table').map((t) => t.id);
    throw new UsageError(
      pick(
        lang,
        `未写入任何文件：--to xlsx 只把附表写成工作簿，所选表单（${chosen.length} 份）中没有附表（${tables.length > 0 ? `附表有：${tables.join('、')}，用 --form 选择` : `${pkg.profile.name}没有附表表单`}）；表单请用 --to docx,pdf`,
        `nothing written: --to xlsx writes annex tables as workbooks, and none of the ${chosen.length} forms chosen is one (${tables.length > 0 ? `the tables are ${tables.join(', ')}: choose with --form` : `${pkg.profile.nameEn} has no table form`}); use --to docx,pdf for forms`,
      ),
    );
  }
  // The package is checked first: a form drawn from a package with errors is a draft.
  const errors = packageErrors(dir, pkg, asOf, lang);
  const more = errors.count > errors.lines.length ? [pick(lang, `  …… 另有 ${errors.count - errors.lines.length} 个错误，见 zwpack validate`, `  … ${errors.count - errors.lines.length} more: see zwpack validate`)] : [];
  if (errors.count > 0 && opts.final) {
    process.stderr.write(pick(lang, `zwpack: 软件包有 ${errors.count} 个错误，--final 不生成表单：\n`, `zwpack: the package has ${errors.count} errors; --final renders nothing:\n`) + [...errors.lines, ...more].join('\n') + '\n');
    return 1;
  }
  const { lines, fontOrigin, files } = await renderForms(pkg, chosen.map((t) => t.id), {
    draft: errors.count > 0,
    lang,
    asOf,
    formats,
    outDir: resolve(opts.out ?? join(dir, 'out')),
    omitNotApplicable: opts.omitNa === true,
    ...(opts.font ? { font: opts.font } : {}),
    ...(opts.docxFont ? { docxFont: opts.docxFont } : {}),
  });
  if (files === 0) {
    process.stderr.write(pick(lang, `zwpack: 未写入任何文件：所选附表在软件包中没有数据（tables/ 下没有对应的表格）\n`, `zwpack: nothing written: the tables chosen have no data in the package (no table of theirs under tables/)\n`));
    return 2;
  }
  const fontNote = pick(lang, { option: '指定字体', system: '系统仿宋/宋体', bundled: '内置 Noto Serif SC' }[fontOrigin], { option: 'the given font', system: 'system FangSong/SimSun', bundled: 'bundled Noto Serif SC' }[fontOrigin]);
  process.stdout.write(
    pick(lang, `已生成 ${chosen.length} 份${errors.count > 0 ? '草稿' : ''}表单（PDF 字体：${fontNote}）：\n`, `Rendered ${chosen.length} ${errors.count > 0 ? 'draft ' : ''}forms (PDF font: ${fontNote}):\n`) + lines.join('\n') + '\n',
  );
  if (errors.count > 0) {
    process.stderr.write(pick(lang, `zwpack: 软件包有 ${errors.count} 个错误，表单每页带“草稿”水印；改正后重新生成（--final 则拒绝生成草稿）：\n`, `zwpack: the package has ${errors.count} errors; every page is marked 草稿 (draft); fix them and render again (--final refuses drafts):\n`) + [...errors.lines, ...more].join('\n') + '\n');
    return 1;
  }
  return 0;
}

export interface RenderFormsOptions extends BindOptions {
  formats: (Format | 'xlsx')[];
  outDir: string;
  font?: string;
  docxFont?: string;
  /** Added to each file name (the checklist's `（核对结果 …）`). */
  fileSuffix?: string;
  /** Mark every page 草稿: the package has errors. */
  draft?: boolean;
}

/** Bind and paint the given forms of a package into outDir; lines name the files written and the facts missing. */
export async function renderForms(pkg: LoadedPackage, ids: string[], o: RenderFormsOptions): Promise<{ lines: string[]; fontOrigin: PdfFonts['origin']; files: number }> {
  const { lang } = o;
  const paint = { formats: o.formats.filter((f): f is Format => f !== 'xlsx'), pdfFonts: pdfFonts(o.font), docxFonts: o.docxFont ? { ...DEFAULT_DOCX_FONTS, body: o.docxFont } : DEFAULT_DOCX_FONTS, draft: o.draft === true };
  const lines: string[] = [];
  let files = 0;
  // From here on Ctrl-C stops between files (exit 130): each file is the old one or the whole new one.
  installHandlers();
  for (const t of profileForms(pkg).filter((f) => ids.includes(f.id))) {
    await interruptPoint();
    const bound = bindPackageForm(pkg, t, o);
    let written: string[];
    try {
      written = await writeForm(bound.form, join(o.outDir, bound.form.fileName + (o.fileSuffix ?? '')), paint);
      // An annex table also as a workbook: its values and a live SUM for the 合计, for a reviewer to check in Excel.
      if (o.formats.includes('xlsx') && t.kind === 'table') {
        const table = packageTables(pkg)[t.table];
        if (table) {
          const { writeTableWorkbook } = await import('../package/workbook-write.js');
          const path = join(o.outDir, `${bound.form.fileName}${o.fileSuffix ?? ''}.xlsx`);
          writeFileAtomic(path, await writeTableWorkbook({ tableId: t.table, projectName: String((pkg.facts.data as { name?: unknown }).name ?? ''), rows: table.rows, ...(table.total !== undefined ? { total: table.total } : {}), date: buildTime() }));
          written.push(path);
        }
      }
    } catch (err) {
      const reason = fsReason(err, lang);
      if (reason) throw new UsageError(pick(lang, `无法写入 ${o.outDir}：${reason}`, `cannot write to ${o.outDir}: ${reason}`));
      if (o.font) throw new UsageError(pick(lang, `无法使用字体 ${o.font}：${(err as Error).message}`, `cannot use the font ${o.font}: ${(err as Error).message}`));
      throw err;
    }
    files += written.length;
    for (const w of written) lines.push(`  ${relative(process.cwd(), w) || w}`);
    if (bound.missing.length > 0) {
      const names = bound.missing.map((p) => (p.startsWith('tables/') ? p : `${fieldTitle(projectSchema(), p.split('.'))}（${p}）`));
      lines.push(pick(lang, `  警告：${t.id} 缺少 ${names.join('、')}，已留空待手工填写`, `  warning: ${t.id} lacks ${names.join(', ')}; left blank to fill by hand`));
    }
  }
  return { lines, fontOrigin: paint.pdfFonts.origin, files };
}
