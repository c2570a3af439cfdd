/**
 * A meeting's minutes written out from the web service itself, for sites that publish minutes as
 * the items' text (`minutesnonemptyhtmlbody`) and the attendance the clerk recorded rather than as
 * a document: the committee, the date and venue, who was present (the chair marked), in attendance
 * and sent apologies, then each item's number, title and minutes, in a layout the minutes extractor
 * reads. Only what the service says is written; nothing is added.
 */
import { htmlToText } from './document-text.js';
import type { Attendee, Meeting } from './types.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function longDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[m! - 1]} ${y}`;
}

function attendanceOf(a: Attendee): 'present' | 'in-attendance' | 'apologies' | null {
  const said = (a.attendance ?? '').toLowerCase();
  if (/apolog/.test(said)) return 'apologies';
  if (/in attendance|also present|officer/.test(said)) return 'in-attendance';
  if (/^present|substitute/.test(said)) return 'present';
  return null; // "Expected", "Absent", or nothing recorded: not evidence of attendance
}

function written(a: Attendee, withChair: boolean): string {
  const chair = withChair && /^(?:chair|chairman|chairwoman|chairperson)$/i.test(a.role ?? '') ? ' (in the Chair)' : '';
  const representing = a.representing ? ` (${a.representing})` : '';
  return `${a.name}${representing}${chair}`;
}

/** The meeting's minutes as text, or null when the service publishes no minutes for any item. */
export function renderMeetingMinutes(meeting: Meeting, committeeTitle: string): string | null {
  const items = meeting.items.filter((i) => !i.restricted && i.minutesHtml);
  if (items.length === 0) return null;
  const lines: string[] = [committeeTitle, '', `Minutes of the meeting held on ${longDate(meeting.date)}${meeting.location ? ` at ${meeting.location}` : ''}`, ''];
  const group = (kind: ReturnType<typeof attendanceOf>): Attendee[] => meeting.attendees.filter((a) => attendanceOf(a) === kind);
  const present = group('present');
  if (present.length > 0) lines.push(`Present: ${present.map((a) => written(a, true)).join(', ')}`, '');
  const also = group('in-attendance');
  if (also.length > 0) lines.push(`Also present: ${also.map((a) => written(a, false)).join(', ')}`, '');
  const apologies = group('apologies');
  if (apologies.length > 0) lines.push(`Apologies: ${apologies.map((a) => written(a, false)).join(', ')}`, '');
  items.forEach((item, index) => {
    lines.push(`${item.number ?? String(index + 1)}. ${item.title}`, '', htmlToText(item.minutesHtml!).trim(), '');
  });
  return `${lines.join('\n')}\n`;
}
