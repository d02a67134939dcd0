import type { Day } from '../calendar/dates.js';
import type { HolidayData } from '../calendar/workdays.js';
import { packagedCalendar } from '../calendar/workdays.js';
import type { Lang } from '../i18n/lang.js';
import type { ValidateRun } from '../pipeline.js';

/** What a validate run needs, as plain data a worker thread can be handed. */
export interface RunSettings {
  lang: Lang;
  asOf: Day;
  /** The user's --holidays file, already read. */
  extraHolidays?: HolidayData;
  explainPath?: boolean;
  /** --stage: check as at this stage instead of the one project.yaml states. */
  stage?: string;
  /** Also build each package's view for the HTML report. */
  view?: boolean;
  /** Also compute each package's fingerprint, to compare the packages with one another. */
  fingerprint?: boolean;
}

export function validateRun(s: RunSettings): ValidateRun {
  const base = packagedCalendar();
  return { lang: s.lang, asOf: s.asOf, explainPath: s.explainPath || s.view, ...(s.view ? { view: true } : {}), ...(s.stage ? { stage: s.stage } : {}), calendar: s.extraHolidays ? base.extend(s.extraHolidays) : base };
}
