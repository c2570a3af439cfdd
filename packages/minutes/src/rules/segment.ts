/**
 * Splitting one file into documents. An agenda pack holds the agenda, the previous meeting's
 * minutes and reports; a web page holds "Agenda and minutes". Each agenda and each set of minutes
 * becomes its own document; reports, restricted papers and blank pages end the one before them.
 */
import { findDates } from './dates.js';
import { isHeadingLike, joinHeldLines, LABEL_RE, matchBareNumber } from './lines.js';
import { matchAttendanceLabel } from './attendance.js';
import type { TextLine } from './text.js';

/** What a line starts: an agenda, minutes, a page of both (decided by content), or something else. */
export type BoundaryKind = 'agenda' | 'minutes' | 'agenda-and-minutes' | 'other';

const AGENDA_RES = [
  /^(?:(?:draft|revised|supplementary|supplemental|public)\s+)?agenda$/i,
  /^agenda\s+(?:for|of)\s+(?:the\s+|a\s+)?(?:\w+\s+)?meeting\b/i,
  /^(?:notice\s+of\s+(?:a\s+)?meeting|summons(?:\s+to\s+attend)?)$/i,
];
const AGENDA_AND_MINUTES_RE = /^agenda(?:,\s*decisions)?\s+and\s+(?:draft\s+|signed\s+)?(?:minutes|decisions)$/i;
const MINUTES_RES = [
  /^(?:(?:draft|confirmed|unconfirmed|approved|signed)\s+)?minutes$/i,
  /^(?:(?:draft|confirmed|unconfirmed|approved|signed)\s+)?(?:minutes|notes|record|action\s+notes)\s+of\s+(?:the\s+|a\s+|an\s+)?(?!(?:previous|last|prior)\b)(?:\w+\s+)?meeting\s+of\b/i,
  /^(?:(?:draft|confirmed|unconfirmed|approved)\s+)?minutes\s*[:\-–—]\s*\S/i,
  /^this\s+set\s+of\s+minutes\b/i,
];
/** Lines that start minutes only when attendance follows (else they are an agenda item's description). */
const WEAK_MINUTES_RES = [
  /^(?:(?:draft|confirmed|unconfirmed|approved|signed)\s+)?(?:minutes|notes|record|action\s+notes)\s+of\s+(?:the\s+|a\s+|an\s+)?(?!(?:previous|last|prior)\b)(?:\w+\s+)?meeting\s+held\b[^.]*$/i,
  /^(?:(?:a|the)\s+)?meeting\s+held\s+(?:at|on|in|via|remotely)\b[^.]*$/i,
];
const OTHER_RES = [
  /^(?:report|briefing|briefing\s+note|briefing\s+paper|covering\s+report|paper|memo(?:randum)?|cover\s+sheet)\s+(?:to|for|from)\s*:/i,
  /^this\s+page\s+is\s+intentionally\s+left\s+blank\.?$/i,
  /^document\s+is\s+restricted$/i,
  /^by\s+virtue\s+of\s+paragraph/i,
  /^appendix\s+[\w\d]{1,4}\b(?:\s*[-–—:].{0,80})?$/i,
];

/** The boundary a line marks, or null. `weak` boundaries need attendance after them to count. */
export function classifyBoundaryStrength(text: string): { kind: BoundaryKind; weak: boolean } | null {
  if (text.length > 200) return null;
  if (AGENDA_AND_MINUTES_RE.test(text)) return { kind: 'agenda-and-minutes', weak: false };
  if (AGENDA_RES.some((re) => re.test(text))) return { kind: 'agenda', weak: false };
  if (MINUTES_RES.some((re) => re.test(text))) return { kind: 'minutes', weak: false };
  if (WEAK_MINUTES_RES.some((re) => re.test(text)) && findDates(text).length > 0) return { kind: 'minutes', weak: true };
  if (OTHER_RES.some((re) => re.test(text))) return { kind: 'other', weak: false };
  return null;
}

/** The boundary a line marks (strong or weak), or null. */
export function classifyBoundary(text: string): BoundaryKind | null {
  return classifyBoundaryStrength(text)?.kind ?? null;
}

/** Whether a present/attendance list follows within a few lines. */
function attendanceFollows(lines: readonly TextLine[], index: number): boolean {
  for (let k = index + 1; k < lines.length && k <= index + 8; k++) {
    const label = matchAttendanceLabel(lines[k]!.text);
    if (label && label.list !== 'member') return true;
  }
  return false;
}

/** "Also present" labels that only minutes use (unlike "Officers:" or "Guests:"). */
const STRONG_ALSO_PRESENT_RE = /^(?:also\s+(?:present|in\s+attendance|attending)|in\s+attendance)\b/i;

/** A run of lines holding one document (or something to skip). */
export interface Segment {
  kind: BoundaryKind | 'unknown';
  /** Index of the first line (into the prepared lines). */
  start: number;
  /** Index after the last line. */
  end: number;
}

/** Lines just above `index` that read as the document's title (the body's name above "MEETING HELD ..."). */
function titleLinesAbove(lines: readonly TextLine[], index: number, floor: number): number {
  let start = index;
  for (let k = index - 1; k >= floor && k >= index - 2; k--) {
    const line = lines[k]!;
    if (!isHeadingLike(line) || LABEL_RE.test(line.text) || classifyBoundary(line.text)) break;
    start = k;
    if (line.gap >= 2) break;
  }
  return start;
}

/** Splits prepared lines into segments. */
export function segmentDocuments(lines: readonly TextLine[]): Segment[] {
  const segments: Segment[] = [];
  let current: Segment = { kind: 'unknown', start: 0, end: lines.length };
  let sawAttendance = false;
  const open = (kind: BoundaryKind, start: number): void => {
    current.end = start;
    if (current.end > current.start) segments.push(current);
    current = { kind, start, end: lines.length };
    sawAttendance = false;
  };
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.text;
    // A "meeting held at ..." line whose date is on the lines after it.
    const held = joinHeldLines(lines, i);
    const found = classifyBoundaryStrength(text) ?? (held ? classifyBoundaryStrength(held.text) : null);
    // "Minutes" under an item's number on a web page is the item's title, not the start of minutes.
    const itemTitle = i > 0 && /^minutes$/i.test(text) && matchBareNumber(lines[i - 1]!.text) !== null;
    const kind = found && !itemTitle && (!found.weak || i < 3 || attendanceFollows(lines, i)) ? found.kind : null;
    const recent = i - current.start <= 6;
    if (kind === 'minutes' && (current.kind === 'minutes' || current.kind === 'agenda-and-minutes') && recent && !sawAttendance) continue;
    if (kind === 'agenda' && current.kind === 'agenda' && recent) continue;
    if (kind === 'other' && current.kind === 'other') continue;
    if (kind) {
      const start = kind === 'minutes' && found!.weak ? titleLinesAbove(lines, i, current.start + 1) : i;
      open(kind, start);
      continue;
    }
    const label = matchAttendanceLabel(text);
    // "Officer:" in a contact block or "Guests" in a report are not the attendance of minutes.
    if (label && (label.list === 'present' || (label.list === 'also-present' && STRONG_ALSO_PRESENT_RE.test(text)))) {
      // A PRESENT block inside an agenda or a report starts the minutes printed after it.
      if ((current.kind === 'agenda' || current.kind === 'other') && !sawAttendance) {
        open('minutes', titleLinesAbove(lines, i, current.start + 1));
      }
      sawAttendance = true;
    }
  }
  current.end = lines.length;
  if (current.end > current.start) segments.push(current);
  return mergeTitleSegments(lines, segments);
}

/** A few title lines before "Minutes of the meeting ..." belong to the minutes, not to a document of their own. */
function mergeTitleSegments(lines: readonly TextLine[], segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (let k = 0; k < segments.length; k++) {
    const seg = segments[k]!;
    const next = segments[k + 1];
    const titleOnly =
      seg.kind === 'unknown' &&
      seg.end - seg.start <= 3 &&
      lines.slice(seg.start, seg.end).every((l) => isHeadingLike(l) && !LABEL_RE.test(l.text));
    if (titleOnly && next && (next.kind === 'minutes' || next.kind === 'agenda' || next.kind === 'agenda-and-minutes')) {
      next.start = seg.start;
      continue;
    }
    out.push(seg);
  }
  return out;
}
