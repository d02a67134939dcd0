import { join, relative, resolve } from 'node:path';
import { isDay } from '../calendar/dates.js';
import type { Day } from '../calendar/dates.js';
import { packagedCalendar } from '../calendar/workdays.js';
import { readVersion } from '../diff/diff.js';
import { matchFindings } from '../diff/findings.js';
import { fsReason } from '../fs/errors.js';
import { ensureDir, writeFileAtomic } from '../fs/atomic.js';
import type { Lang } from '../i18n/lang.js';
import { pick } from '../i18n/lang.js';
import { buildOpinion } from '../opinion/build.js';
import { readNotes } from '../opinion/note.js';
import { readDocumentsRegistry } from '../package/documents-registry.js';
import { readText, TextReadError } from '../package/read-text.js';
import { DEFAULT_DOCX_FONTS } from '../forms/page.js';
import { pdfFonts } from '../render/fonts.js';
import { layoutLetter } from '../render/letter.js';
import { routeDocuments } from '../rules/engine.js';
import { asOfArg, formatsArg } from './args.js';
import { UsageError } from './errors.js';

export interface OpinionOptions {
  to: string;
  out?: string;
  reviewer?: string;
  date?: string;
  exclude?: string[];
  note?: string;
  since?: string;
  includeInfo?: boolean;
  asOf?: string;
  font?: string;
  docxFont?: string;
  lang: Lang;
}

/** zwpack opinion: the 审查意见 of a package as DOCX and PDF. Exit 0 when written, 2 when it cannot be. */
export async function runOpinion(dirArg: string | undefined, opts: OpinionOptions): Promise<number> {
  const { lang } = opts;
  const dir = resolve(dirArg ?? '.');
  const asOf = asOfArg(opts.asOf, lang);
  if (opts.date !== undefined && !isDay(opts.date)) throw new UsageError(pick(lang, `--date 应为 YYYY-MM-DD，而不是「${opts.date}」`, `--date must be YYYY-MM-DD, not "${opts.date}"`));
  const date = (opts.date ?? asOf) as Day;
  const formats = formatsArg(opts.to, lang, false);
  const run = { lang, asOf, calendar: packagedCalendar() };
  const current = await readVersion(dir, run);
  const since = opts.since ? matchFindings((await readVersion(resolve(opts.since), run)).validated.result.findings, current.validated.result.findings) : undefined;
  let notes: ReturnType<typeof readNotes> = [];
  if (opts.note) {
    try {
      notes = readNotes(readText(resolve(opts.note), lang).text, Object.values(readDocumentsRegistry()).map((d) => d.title));
    } catch (err) {
      if (err instanceof TextReadError) throw new UsageError(`--note ${opts.note}：${err.message}`);
      const reason = fsReason(err, lang);
      if (reason) throw new UsageError(pick(lang, `无法读取 --note ${opts.note}：${reason}`, `cannot read --note ${opts.note}: ${reason}`));
      throw err;
    }
  }
  const route = routeDocuments(current.pkg, new Map(), run);
  const { letter, counts } = buildOpinion({
    pkg: current.pkg,
    findings: current.validated.result.findings,
    route,
    date,
    ...(opts.reviewer ? { reviewer: opts.reviewer } : {}),
    exclude: opts.exclude ?? [],
    notes,
    ...(opts.includeInfo ? { includeInfo: true } : {}),
    ...(since ? { since } : {}),
  });
  const out = resolve(opts.out ?? join(dir, 'out'));
  const written: string[] = [];
  try {
    ensureDir(out);
    for (const f of formats) {
      const path = join(out, `${letter.fileName}.${f}`);
      if (f === 'docx') writeFileAtomic(path, await (await import('../render/paint-letter-docx.js')).paintLetterDocx(letter, { ...DEFAULT_DOCX_FONTS, ...(opts.docxFont ? { body: opts.docxFont } : {}) }));
      else {
        const fonts = pdfFonts(opts.font);
        const { faceMeasure, paintLaidPdf } = await import('../render/paint-pdf.js');
        writeFileAtomic(path, await paintLaidPdf(layoutLetter(letter, faceMeasure(fonts)), letter.title.join(''), fonts));
      }
      written.push(path);
    }
  } catch (err) {
    const reason = fsReason(err, lang);
    if (reason) throw new UsageError(pick(lang, `无法写入 ${out}：${reason}`, `cannot write ${out}: ${reason}`));
    throw err;
  }
  const shown = written.map((p) => relative(process.cwd(), p) || p).join('、');
  process.stdout.write(
    pick(
      lang,
      `已生成审查意见：${shown}（须修改 ${counts.required} 项，建议修改 ${counts.suggested} 项${counts.notes ? `，其中审查人员意见 ${counts.notes} 项` : ''}${counts.excluded ? `；另有 ${counts.excluded} 条检查结果未采纳` : ''}）\n`,
      `wrote the review opinion: ${shown} (${counts.required} to fix, ${counts.suggested} suggested${counts.notes ? `, ${counts.notes} of the reviewer's own` : ''}${counts.excluded ? `; ${counts.excluded} findings overruled` : ''})\n`,
    ),
  );
  return 0;
}
