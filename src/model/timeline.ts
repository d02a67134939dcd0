// A package's life cycle on one line: the dates the facts state and the deadlines the time rules derive.
import type { Day } from '../calendar/dates.js';

/** A dated event of the facts: a `dates:` key, or a yearly report. */
export interface TimelineEvent {
  /** The pointer into project.yaml it comes from (`/dates/accepted`, `/reports/0/filed`). */
  pointer: string;
  title: string;
  day: Day;
}

/** A period drawn as a bar: 建设期, 试运行. `to` is absent while it runs. */
export interface TimelineSpan {
  title: string;
  from: Day;
  to?: Day;
}

/**
 * met: done in time; late: done after (or, for notBefore, before) the day; overdue: not done and
 * the day has passed; coming: not done yet, due in `daysLeft`; open: a notBefore day that has come.
 */
export type DeadlineStatus = 'met' | 'late' | 'overdue' | 'coming' | 'open';

export interface Deadline {
  ruleId: string;
  /** The regulation and article the deadline comes from. */
  source: string | null;
  day: Day;
  limit: 'by' | 'notBefore';
  what: string;
  /** The date of project.yaml it bounds, when it is one. */
  event?: string;
  done?: Day;
  workdays?: number;
  status: DeadlineStatus;
  /** Calendar days from the as-of date to the deadline, for a deadline not yet reached. */
  daysLeft?: number;
  /** Working days from the as-of date, for a deadline counted in working days. */
  workdaysLeft?: number;
}

export interface Timeline {
  asOf: Day;
  events: TimelineEvent[];
  spans: TimelineSpan[];
  deadlines: Deadline[];
}
