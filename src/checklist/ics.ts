import { createHash } from 'node:crypto';
import { addDays } from '../calendar/dates.js';
import type { Day } from '../calendar/dates.js';
import type { ItemStatus } from '../materials/status.js';
import type { Deadline } from '../model/timeline.js';

/**
 * RFC 5545 text: backslash, semicolon, comma and newline escaped; every other control character
 * (a lone CR, VT, NUL, DEL: the standard allows none in TEXT) dropped.
 */
const escape = (s: string): string =>
  s
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\r?\n/g, '\\n')
    .replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, '');

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

/** A project's key in event UIDs: its 投资项目代码, else a hash of profile, name and 建设单位 (stable while they are). */
export function projectKey(facts: { code?: string; name?: string; owner?: { name?: string } }, profileId: string): string {
  if (facts.code) return facts.code;
  return createHash('sha256').update(`${profileId}\n${facts.name ?? ''}\n${facts.owner?.name ?? ''}`).digest('hex').slice(0, 16);
}

export interface IcsInput {
  projectName: string;
  /** Who the project is: its 投资项目代码, else a stable hash of its identity (see projectKey). */
  projectKey: string;
  profileId: string;
  asOf: Day;
  items: ItemStatus[];
  /** The time rules' deadlines (validate's timeline): those not yet met and still ahead are events too. */
  deadlines?: Deadline[];
}

/**
 * The items still to hand in whose due date is today or later, and the time rules' deadlines still
 * ahead and not met (申请竣工验收 within six months of completion), as all-day events.
 */
export function deadlinesIcs(input: IcsInput): { text: string; count: number } {
  const coming = input.items.filter((i) => i.due !== undefined && i.due >= input.asOf && (i.status === 'missing' || i.status === 'empty' || i.status === 'not-yet-due'));
  // A material whose due date is its rule's deadline is that deadline: one event, the material's.
  const same = new Set(coming.map((i) => `${i.rule ?? ''} ${i.due}`));
  const ahead = (input.deadlines ?? []).filter((d) => d.status === 'coming' && d.limit === 'by' && d.day >= input.asOf && !same.has(`${d.ruleId} ${d.day}`));
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//zwpack//checklist//ZH', 'CALSCALE:GREGORIAN'];
  for (const i of coming) {
    lines.push(
      'BEGIN:VEVENT',
      // Stable across runs, so re-importing the file updates the events instead of doubling them.
      // Per project and per item, not per date: a corrected date updates the event, another project never overwrites it.
      `UID:${input.projectKey}-${input.profileId}-${i.id}@zwpack`,
      `DTSTAMP:${basic(input.asOf)}T000000Z`,
      `DTSTART;VALUE=DATE:${basic(i.due!)}`,
      `DTEND;VALUE=DATE:${basic(addDays(i.due!, 1))}`,
      `SUMMARY:${escape(`${i.title} 截止${i.dueUncertain ? '（日期待核实）' : ''}（${input.projectName}）`)}`,
      `DESCRIPTION:${escape(`${i.article}。${i.next ?? ''}`)}`,
      'END:VEVENT',
    );
  }
  for (const d of ahead) {
    lines.push(
      'BEGIN:VEVENT',
      // Per project, rule and what is due: a corrected date moves the event, and the same rule's two deadlines stay two.
      `UID:${input.projectKey}-${input.profileId}-${d.ruleId}-${createHash('sha256').update(d.what).digest('hex').slice(0, 8)}@zwpack`,
      `DTSTAMP:${basic(input.asOf)}T000000Z`,
      `DTSTART;VALUE=DATE:${basic(d.day)}`,
      `DTEND;VALUE=DATE:${basic(addDays(d.day, 1))}`,
      `SUMMARY:${escape(`${d.what} 截止（${input.projectName}）`)}`,
      `DESCRIPTION:${escape(`${d.ruleId}${d.source ? ` ${d.source}` : ''}${d.workdays ? `（${d.workdays} 个工作日）` : ''}`)}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return { text: lines.map(fold).join('\r\n') + '\r\n', count: coming.length + ahead.length };
}
