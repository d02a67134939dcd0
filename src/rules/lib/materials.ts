import { isGap } from '../../materials/status.js';
import type { ItemStatus } from '../../materials/status.js';
import type { Report, RuleContext } from '../types.js';

/**
 * The profile's materials of this rule that are due at the package's stage and not in their folders
 * (missing, only empty files, overdue), each a finding at the folder: what `checklist` calls missing,
 * `validate` reports, whichever rule the item belongs to.
 */
export function reportDueMaterials(ctx: RuleContext): void {
  for (const item of ctx.materials()) if (item.rule === ctx.ruleId && isGap(item)) ctx.report(gapReport(item, ctx.profile.stages[0]!));
}

/** The finding of one gap, at its folder. An item whose deadline is still ahead is a warning: there is time to add it. */
export function gapReport(item: ItemStatus, firstStage: string): Report {
  const from = item.from ?? firstStage;
  const where =
    item.status === 'empty'
      ? { zh: `${item.folder}/ 中的文件为空或无法读取`, en: `${item.folder}/ holds only empty or unreadable files` }
      : item.status === 'overdue'
        ? { zh: `${item.folder}/ 中没有文件，已于 ${item.due} 逾期`, en: `${item.folder}/ is empty, overdue since ${item.due}` }
        : item.due
          ? { zh: `${item.folder}/ 中没有文件，须在 ${item.due} 前放入`, en: `${item.folder}/ is empty; due by ${item.due}` }
          : { zh: `${item.folder}/ 中没有文件`, en: `${item.folder}/ is empty` };
  return {
    ...(item.status === 'missing' && item.due ? { severity: 'warning' as const } : {}),
    file: item.folder,
    at: { line: 1, column: 1 },
    zh: `自${from}阶段起应当具备「${item.title}」（${item.article}），${where.zh}`,
    en: `from ${from} on, "${item.title}" (${item.article}) is required; ${where.en}`,
  };
}
