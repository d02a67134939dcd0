import { resolve } from 'node:path';
import { asOfArg } from './args.js';
import { packagedCalendar } from '../calendar/workdays.js';
import { materialStatuses } from '../checklist/status.js';
import type { ItemStatus, Status } from '../checklist/status.js';
import type { Lang } from '../i18n/lang.js';
import { pick } from '../i18n/lang.js';
import { loadPackage } from '../package/load.js';
import type { Facts } from '../rules/types.js';
import { UsageError } from './errors.js';
import { emit } from './output.js';

export interface ChecklistOptions {
  asOf?: string;
  format: string;
  output?: string;
  lang: Lang;
}

const MARK: Record<Status, [string, string, string]> = {
  present: ['✔', '就绪', 'ready'],
  missing: ['✖', '缺失', 'missing'],
  empty: ['✖', '文件为空', 'empty'],
  overdue: ['!', '逾期', 'overdue'],
  'not-applicable': ['–', '不适用', 'n/a'],
};

/** zwpack checklist: what is present, missing, empty, overdue or not applicable; exit 1 on any gap. */
export function runChecklist(dirArg: string | undefined, opts: ChecklistOptions): number {
  const { lang } = opts;
  const asOf = asOfArg(opts.asOf, lang);
  const dir = dirArg ?? '.';
  const pkg = loadPackage(dir, lang);
  const facts = pkg.facts.data as Facts | undefined;
  if (!facts || typeof facts !== 'object' || pkg.facts.findings.some((f) => f.severity === 'error')) {
    throw new UsageError(pick(lang, `${dir}/project.yaml 有错误，请先运行 zwpack validate`, `${dir}/project.yaml has errors: run zwpack validate first`));
  }
  const items = materialStatuses(resolve(dir), facts, pkg.profile, asOf, packagedCalendar(), lang);
  const applicable = items.filter((i) => i.status !== 'not-applicable');
  const ready = applicable.filter((i) => i.status === 'present').length;
  if (opts.format === 'json') {
    emit(JSON.stringify({ path: dir, profile: pkg.profile.id, asOf, ready, applicable: applicable.length, items }, null, 2) + '\n', opts.output, lang);
  } else {
    emit(pretty(dir, pkg.profile.name, items, ready, applicable.length, asOf, lang), opts.output, lang);
  }
  return ready === applicable.length ? 0 : 1;
}

function pretty(dir: string, profileName: string, items: ItemStatus[], ready: number, total: number, asOf: string, lang: Lang): string {
  const out = [pick(lang, `${dir}（${profileName}）验收和备案材料，截至 ${asOf}：${ready}/${total} 就绪`, `${dir} (${profileName}) materials as of ${asOf}: ${ready}/${total} ready`)];
  for (const i of items) {
    const [mark, zh, en] = MARK[i.status];
    const detail = i.status === 'present' ? i.files.join('、') : i.status === 'not-applicable' ? (i.reason ?? '') : (i.next ?? '');
    out.push(`  ${mark} ${i.id.padEnd(5)} ${i.title}  ${pick(lang, zh, en)}  ${detail}  〔${i.article}〕`);
  }
  return out.join('\n') + '\n';
}
