import { addDays } from '../calendar/dates.js';
import type { Day } from '../calendar/dates.js';
import type { ItemStatus } from './status.js';

/** RFC 5545 text: backslash, semicolon, comma and newline escaped. */
const escape = (s: string): string => s.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');

/** Fold a content line at 75 octets without splitting a UTF-8 character (RFC 5545 3.1). */
function fold(line: string): string {
  const out: string[] = [];
  let cur = '';
  let octets = 0;
  for (const ch of line) {
    const n = Buffer.byteLength(ch);
    // Continuation lines start with a space, which counts towards their 75 octets.
    if (octets + n > 75) {
      out.push(cur);
      cur = ' ';
      octets = 1;
    }
    cur += ch;
    octets += n;
  }
  out.push(cur);
  return out.join('\r\n');
}

const basic = (day: Day): string => day.replaceAll('-', '');

export interface IcsInput {
  projectName: string;
  profileId: string;
  asOf: Day;
  items: ItemStatus[];
}

/** The items still to hand in whose due date is today or later, as all-day events. */
export function deadlinesIcs(input: IcsInput): { text: string; count: number } {
  const coming = input.items.filter((i) => i.due !== undefined && i.due >= input.asOf && (i.status === 'missing' || i.status === 'empty'));
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//zwpack//checklist//ZH', 'CALSCALE:GREGORIAN'];
  for (const i of coming) {
    lines.push(
      'BEGIN:VEVENT',
      // Stable across runs, so re-importing the file updates the events instead of doubling them.
      `UID:${input.profileId}-${i.id}-${basic(i.due!)}@zwpack`,
      `DTSTAMP:${basic(input.asOf)}T000000Z`,
      `DTSTART;VALUE=DATE:${basic(i.due!)}`,
      `DTEND;VALUE=DATE:${basic(addDays(i.due!, 1))}`,
      `SUMMARY:${escape(`${i.title} 截止${i.dueUncertain ? '（日期待核实）' : ''}（${input.projectName}）`)}`,
      `DESCRIPTION:${escape(`${i.article}。${i.next ?? ''}`)}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return { text: lines.map(fold).join('\r\n') + '\r\n', count: coming.length };
}
