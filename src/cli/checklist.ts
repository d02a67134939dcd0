import { join, resolve } from 'node:path';
import { asOfArg, stageArg } from './args.js';
import { packagedCalendar } from '../calendar/workdays.js';
import { materialStatuses, readiness } from '../materials/status.js';
import type { ItemStatus, Status } from '../materials/status.js';
import type { Lang } from '../i18n/lang.js';
import { pick } from '../i18n/lang.js';
import { loadPackage } from '../package/load.js';
import { preloadWorkbooks } from '../package/preloaded.js';
import type { Facts } from '../model/facts.js';
import { UsageError } from './errors.js';
import { emit, guardOutput } from './output.js';
import { visible } from '../report/safe-text.js';
import { deadlinesIcs, projectKey } from '../checklist/ics.js';
import { writeFileAtomic } from '../fs/atomic.js';
import { fsReason } from '../fs/errors.js';
import type { LoadedPackage } from '../package/load.js';
import type { Material } from '../profiles/profile.js';
import type { Finding } from '../findings.js';
import { rulesInForce } from '../rules/engine.js';

export interface ChecklistOptions {
  asOf?: string;
  format: string;
  output?: string;
  /** Also render the 竣工验收材料清单 with each item's status: `docx`, `pdf` or both. */
  to?: string;
  out?: string;
  ics?: string;
  stage?: string;
  lang: Lang;
}

const MARK: Record<Status, [string, string, string]> = {
  present: ['✔', '就绪', 'ready'],
  missing: ['✖', '缺失', 'missing'],
  empty: ['✖', '文件为空', 'empty'],
  overdue: ['!', '逾期', 'overdue'],
  'not-applicable': ['–', '不适用', 'n/a'],
  'not-yet-due': ['·', '未到阶段', 'not yet due'],
};

/** zwpack checklist: what is present, missing, empty, overdue or not applicable; exit 1 on any gap. */
export async function runChecklist(dirArg: string | undefined, opts: ChecklistOptions): Promise<number> {
  const { lang } = opts;
  const asOf = asOfArg(opts.asOf, lang);
  const dir = dirArg ?? '.';
  guardOutput(opts.output, [dir], lang);
  guardOutput(opts.ics, [dir], lang, '--ics');
  await preloadWorkbooks(dir, lang);
  const pkg = loadPackage(dir, lang);
  const facts = pkg.facts.data as Facts | undefined;
  if (!facts || typeof facts !== 'object' || pkg.facts.findings.some((f) => f.severity === 'error')) {
    throw new UsageError(pick(lang, `${dir}/project.yaml 有错误，请先运行 zwpack validate`, `${dir}/project.yaml has errors: run zwpack validate first`));
  }
  const { validatePackage } = await import('../pipeline.js');
  // With --stage the facts are read as at that stage (validate sets it on the loaded facts).
  const stage = stageArg(opts.stage, lang);
  const validated = validatePackage(pkg.dir, { lang, asOf, calendar: packagedCalendar(), ...(stage ? { stage } : {}) }, pkg);
  const checked = validated.result.findings;
  // Deadlines are counted from the facts' dates: with a fact that is not valid (2026-13-45) there is nothing sound to count.
  const bad = checked.find((f) => f.file === pkg.facts.file && f.ruleId === 'schema' && f.severity === 'error');
  if (bad) {
    throw new UsageError(pick(lang, `${dir}/${bad.file}:${bad.line}:${bad.column} ${bad.message}；请先改正（zwpack validate 列出全部错误）`, `${dir}/${bad.file}:${bad.line}:${bad.column} ${bad.message}; correct it first (zwpack validate lists every error)`));
  }
  const items = materialStatuses(resolve(dir), facts, pkg.profile, asOf, packagedCalendar(), lang);
  const { ready, due, later } = readiness(items);
  const timing = timingFindings(pkg, checked);
  const timingErrors = timing.filter((f) => f.severity === 'error').length;
  if (opts.to) await renderList(pkg, items, asOf, opts);
  if (opts.ics) {
    const { text, count } = deadlinesIcs({ projectName: facts.name ?? '', projectKey: projectKey(facts, pkg.profile.id), profileId: pkg.profile.id, asOf, items, deadlines: validated.timeline?.deadlines ?? [] });
    try {
      writeFileAtomic(resolve(opts.ics), text);
    } catch (err) {
      const reason = fsReason(err, lang) ?? (err as Error).message;
      throw new UsageError(pick(lang, `无法写入 ${opts.ics}：${reason}`, `cannot write ${opts.ics}: ${reason}`));
    }
    process.stderr.write(pick(lang, `已写入 ${opts.ics}：${count} 个截止日期\n`, `wrote ${opts.ics}: ${count} deadlines\n`));
  }
  if (opts.format === 'json') {
    emit(JSON.stringify({ path: dir, profile: pkg.profile.id, asOf, ready, applicable: due, later, items, timing }, null, 2) + '\n', opts.output, lang);
  } else {
    emit(pretty(dir, pkg.profile.name, items, { ready, due, later }, asOf, lang) + prettyTiming(timing, lang), opts.output, lang);
  }
  return ready === due && timingErrors === 0 ? 0 : 1;
}

/**
 * The findings of the profile's time rules (trial-run length, acceptance order and windows, filing
 * deadlines, 自评价 and annual reports) — module or profile-defined: the prerequisites and deadlines around the materials.
 */
function timingFindings(pkg: LoadedPackage, findings: Finding[]): Finding[] {
  const time = new Set(rulesInForce(pkg.profile).filter(({ rule }) => rule.meta.kind.includes('time')).map(({ rule }) => rule.meta.id));
  return findings.filter((f) => time.has(f.ruleId));
}

function prettyTiming(timing: Finding[], lang: Lang): string {
  const head = pick(lang, '时限和前提条件（办法的时限规则）：', 'Deadlines and prerequisites (the regulation\'s time rules):');
  if (timing.length === 0) return `${head}\n  ✔ ${pick(lang, '没有未满足或已逾期的时限', 'none unmet or overdue')}\n`;
  const mark = { error: '✖', warning: '!', info: '·' } as const;
  return [head, ...timing.map((f) => `  ${mark[f.severity]} ${f.ruleId}  ${visible(f.message)}  ${visible(f.file)}:${f.line}:${f.column}${f.source ? `  〔${f.source}〕` : ''}`)].join('\n') + '\n';
}

/** The 竣工验收材料清单 with each item's status in 备注, drawn by render's painters. */
async function renderList(pkg: LoadedPackage, items: ItemStatus[], asOf: string, opts: ChecklistOptions): Promise<void> {
  const { lang } = opts;
  const { formatsArg, renderForms } = await import('./render.js');
  const { materialRows } = await import('../render/forms.js');
  const byId = new Map(items.map((i) => [i.id, i]));
  const remarkOf = (m: Material): string => {
    const i = byId.get(m.id)!;
    const [, zh] = MARK[i.status];
    if (i.status === 'present') return `${zh}（${i.files.length} 个文件）`;
    if (i.status === 'not-applicable') return `${zh}：${i.reason ?? ''}`;
    if (i.status === 'not-yet-due') return `${zh}（自${i.from ?? ''}阶段起）`;
    return i.due ? `${zh}（${i.status === 'overdue' ? '应于' : '须在'} ${i.due} 前）` : zh;
  };
  const { lines } = await renderForms(pkg, ['ACCEPT-LIST'], {
    lang,
    asOf,
    formats: formatsArg(opts.to!, lang),
    outDir: resolve(opts.out ?? join(pkg.dir, 'out')),
    materials: materialRows(pkg, lang, false, remarkOf),
    fileSuffix: `（核对结果 ${asOf}）`,
  });
  // stdout carries the checklist itself (maybe JSON): the files written are told on stderr.
  process.stderr.write(pick(lang, '已生成：\n', 'rendered:\n') + lines.join('\n') + '\n');
}

function pretty(dir: string, profileName: string, items: ItemStatus[], count: ReturnType<typeof readiness>, asOf: string, lang: Lang): string {
  const later = count.later > 0 ? pick(lang, `（另有 ${count.later} 项未到阶段）`, ` (${count.later} more due at later stages)`) : '';
  const out = [pick(lang, `${dir}（${profileName}）验收和备案材料，截至 ${asOf}：${count.ready}/${count.due} 就绪${later}`, `${dir} (${profileName}) materials as of ${asOf}: ${count.ready}/${count.due} ready${later}`)];
  for (const i of items) {
    const [mark, zh, en] = MARK[i.status];
    const detail = visible(i.status === 'present' ? i.files.join('、') : i.status === 'not-applicable' ? (i.reason ?? '') : (i.next ?? ''));
    out.push(`  ${mark} ${i.id.padEnd(5)} ${i.title}  ${pick(lang, zh, en)}  ${detail}  〔${i.article}${i.rule ? ` · ${i.rule}` : ''}〕`);
  }
  return out.join('\n') + '\n';
}
