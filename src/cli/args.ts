import { isDay, today } from '../calendar/dates.js';
import type { Day } from '../calendar/dates.js';
import type { Lang } from '../i18n/lang.js';
import { pick } from '../i18n/lang.js';
import { isProfileId, loadProfile, profileIds } from '../profiles/profile.js';
import type { ProfileId } from '../profiles/profile.js';
import { UsageError } from './errors.js';

/** --as-of: a real calendar date, today when not given. */
export function asOfArg(value: string | undefined, lang: Lang): Day {
  const day = value ?? today();
  if (!isDay(day)) throw new UsageError(pick(lang, `--as-of 应为 YYYY-MM-DD 格式的日期：${day}`, `--as-of takes a date as YYYY-MM-DD: ${day}`));
  // The years project.yaml's dates may take: a deadline counted from another is meaningless.
  if (!/^(19|2[01])/.test(day)) throw new UsageError(pick(lang, `--as-of 的年份应在 1900 至 2199 之间：${day}`, `--as-of must fall in the years 1900–2199: ${day}`));
  return day;
}

/** --profile: one of the known profiles, or undefined when not given. */
export function profileArg(value: string | undefined, lang: Lang): ProfileId | undefined {
  if (value === undefined || isProfileId(value)) return value;
  throw new UsageError(pick(lang, `未知的办法：${value}（可选 ${profileIds().join('、')}）`, `unknown profile: ${value} (${profileIds().join(', ')})`));
}

/** --stage: a stage some profile has (each package is then checked against its own profile's stages). */
export function stageArg(value: string | undefined, lang: Lang): string | undefined {
  if (value === undefined) return undefined;
  const known = [...new Set(profileIds().flatMap((id) => loadProfile(id).stages))];
  if (known.includes(value)) return value;
  throw new UsageError(pick(lang, `未知的阶段：${value}（可选 ${known.join('、')}）`, `unknown stage: ${value} (${known.join(', ')})`));
}

/** Output formats: docx and pdf for every form, xlsx for the annex tables (where `tables` allows it). */
export function formatsArg(value: string, lang: Lang, tables = false): ('docx' | 'pdf' | 'xlsx')[] {
  const list = value.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  const ok = tables ? ['docx', 'pdf', 'xlsx'] : ['docx', 'pdf'];
  const bad = list.find((f) => !ok.includes(f));
  if (bad !== undefined || list.length === 0) throw new UsageError(pick(lang, `--to 只能是 ${ok.join('、')} 的组合（如 docx,pdf），而不是「${value}」`, `--to takes ${ok.join(', ')} (e.g. docx,pdf), not "${value}"`));
  return [...new Set(list)] as ('docx' | 'pdf' | 'xlsx')[];
}
