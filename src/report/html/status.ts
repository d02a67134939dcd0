import type { Lang } from '../../i18n/lang.js';
import { pick } from '../../i18n/lang.js';
import type { Deadline } from '../../model/timeline.js';

/** `，22 个工作日` after the days left, for a deadline counted in working days. */
const workdaysLeft = (d: Deadline, lang: Lang): string => (d.workdaysLeft !== undefined ? pick(lang, `，${d.workdaysLeft} 个工作日`, `, ${d.workdaysLeft} working days`) : '');

/** How a deadline stands, in words: 已满足, 逾期, 剩 32 天（22 个工作日）… */
export function deadlineState(d: Deadline, lang: Lang): string {
  switch (d.status) {
    case 'met':
      return pick(lang, `已满足（${d.done}）`, `met (${d.done})`);
    case 'late':
      return d.limit === 'by' ? pick(lang, `迟于期限（${d.done}）`, `late (${d.done})`) : pick(lang, `早于允许日期（${d.done}）`, `too early (${d.done})`);
    case 'overdue':
      return pick(lang, '已逾期', 'overdue');
    case 'open':
      return pick(lang, '已可进行', 'may now proceed');
    case 'coming': {
      const work = workdaysLeft(d, lang);
      return d.limit === 'by'
        ? pick(lang, `剩 ${d.daysLeft} 天${work}`, `${d.daysLeft} days left${work}`)
        : pick(lang, `${d.daysLeft} 天后可进行${work}`, `possible in ${d.daysLeft} days${work}`);
    }
  }
}

/** The few words a label on the timeline or a dashboard cell carries: 剩 32 天, 逾期…; nothing for one that is met. */
export function shortState(d: Deadline, lang: Lang): string {
  if (d.status === 'overdue') return pick(lang, '（逾期）', ' (overdue)');
  if (d.status === 'late') return pick(lang, '（未按期）', ' (not in time)');
  if (d.status !== 'coming') return '';
  const work = workdaysLeft(d, lang);
  return d.limit === 'by' ? pick(lang, `（剩 ${d.daysLeft} 天${work}）`, ` (${d.daysLeft} days left${work})`) : pick(lang, `（${d.daysLeft} 天后${work}）`, ` (in ${d.daysLeft} days${work})`);
}

/** 截止 / 最早 before a deadline's date. */
export const limitWord = (d: Deadline, lang: Lang): string => (d.limit === 'by' ? pick(lang, '截止', 'due by') : pick(lang, '不早于', 'not before'));
