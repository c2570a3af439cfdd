/**
 * The head of a document: which body met, when and where. Reads the lines before the attendance
 * or the first item: "<Body> - Thursday 14th March, 2019 10.00 am", "MEETING HELD AT <venue> ON
 * <date>", "Minutes of the meeting of <Body> held on <date> at <venue>", "Venue: ...", a time line
 * followed by the venue, a "Chair:" label.
 */
import { afterLeadingTime, findDates, isDateOrTimeLine } from './dates.js';
import { LABEL_RE, TABLE_HEADER_RE, isHeadingLike, joinHeldLines, matchNumberedHeading } from './lines.js';
import { isAttendanceLabel } from './attendance.js';
import { classifyBoundary } from './segment.js';
import type { TextLine } from './text.js';

/** What the head of a document says. */
export interface HeaderInfo {
  body: string | null;
  date: string | null;
  venue: string | null;
  chair: string | null;
  /** Index (into the segment's lines) of the first line after the head. */
  end: number;
}

const MAX_HEADER_LINES = 25;
/** A publisher's name above the body's: "Sefton Council", "Eastshire County Council". */
const COUNCIL_TITLE_RE = /^(?:[A-Z][\w'’-]*\s+){0,4}(?:(?:metropolitan\s+)?(?:borough|county|city|district|town|parish)\s+)?council$/i;
/** A title that says what the paper is, not who met: "RECORD OF MEETING", "Notes of the meeting". */
const RECORD_TITLE_RE = /^(?:(?:record|notes?|minutes|summary)\s+of\s+(?:the\s+)?meeting|meeting\s+(?:minutes|notes))$/i;
/** When the meeting began, as minutes note it: "Meeting opened at 19.15hrs". */
const OPENED_AT_RE = /^(?:the\s+)?meeting\s+(?:opened|started|commenced|began)\s+at\b/i;
/** The last words of a body's name, so a title line that ends with one finishes the name begun above it. */
const BODY_END_RE = /\b(?:board|partnership|group|committee|sub[- ]?committee|forum|panel|executive|team|meeting)$/i;
/** A lone word in capitals left by a logo ("SAFER"): read past it. */
const LOGO_WORD_RE = /^[A-Z]{2,12}$/;

/** Tidies a venue: no "View directions", no trailing time or "commencing at ...". */
export function cleanVenue(text: string): string | null {
  let v = text
    .replace(/\bview directions\b.*$/i, '')
    .replace(/,?\s*(?:commencing|starting|beginning)\b.*$/i, '')
    .replace(/,?\s*(?:at|from)\s+\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?\s*$/i, '')
    .replace(/^\s*(?:at|in|via|on)\s+/i, '')
    .replace(/^[\s,.\-–—:]+|[\s,.\-–—:]+$/g, '')
    .trim();
  const time = afterLeadingTime(v);
  if (time !== null) v = time;
  return v.length >= 2 && !isDateOrTimeLine(v) ? v : null;
}

/** Body name with meeting words removed: "Meeting of the X" -> "X". */
function cleanBody(text: string): string | null {
  const b = text
    .replace(/^(?:(?:an?|the)\s+)?(?:(?:ordinary|extraordinary|special|annual|virtual|remote)\s+)?meeting\s+of\s+(?:the\s+)?/i, '')
    .replace(/\s+(?:meeting|minutes|agenda)$/i, '')
    .replace(/^[\s,\-–—:]+|[\s,\-–—:]+$/g, '')
    .trim();
  return b.length >= 2 ? b : null;
}

/** Reads "held at X on D", "held on D at X", "held in X". */
function readHeld(text: string): { date: string | null; venue: string | null } | null {
  const held = /\bheld\b/i.exec(text);
  if (!held) return null;
  const after = text.slice(held.index + held[0].length);
  const dates = findDates(after);
  const date = dates[0]?.iso ?? null;
  let venue: string | null = null;
  const at = /^\s*(?:at|in|via)\s+(.+?)\s+on\s+/i.exec(after);
  if (at) venue = cleanVenue(at[1]!);
  else if (dates[0]) {
    const tail = after.slice(dates[0].index + dates[0].length);
    const m = /(?:^|,|\s)(?:at|in|via)\s+(?!\d)(.+)$/i.exec(tail.replace(/^[\s,]*(?:at|from)\s+\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm)?/i, ''));
    if (m) venue = cleanVenue(m[1]!);
  }
  return { date, venue };
}

/** Reads the head of a document from `lines` (one segment). */
export function readHeader(lines: readonly TextLine[]): HeaderInfo {
  const info: HeaderInfo = { body: null, date: null, venue: null, chair: null, end: 0 };
  let councilTitle: string | null = null;
  // The line the body's name was taken from (a title line), so a wrapped name can be joined.
  let bodyLine = -1;
  let i = 0;
  for (; i < lines.length && i < MAX_HEADER_LINES; i++) {
    let text = lines[i]!.text;
    // "MEETING HELD AT <venue>" with "ON <date>" on the lines after it.
    const wrapped = joinHeldLines(lines, i);
    if (wrapped) {
      text = wrapped.text;
      i += wrapped.count - 1;
    }
    if (isAttendanceLabel(text, lines[i + 1]) || matchNumberedHeading(text)) break;
    const boundary = classifyBoundary(text);
    if (boundary) {
      // "Minutes of the meeting of <Body> held on <date> at <venue>"
      const of = /\bmeeting\s+of\s+(?:the\s+)?(.+?)(?:\s+held\b|\s+on\s+\w+day\b|$)/i.exec(text);
      if (of && !info.body) info.body = cleanBody(of[1]!);
      const held = readHeld(text);
      if (held) {
        info.date ??= held.date;
        info.venue ??= held.venue;
        if (!info.body && i > 0 && isHeadingLike(lines[i - 1]!) && !classifyBoundary(lines[i - 1]!.text)) info.body = cleanBody(lines[i - 1]!.text);
      }
      continue;
    }
    if (TABLE_HEADER_RE.test(text) || /^items$/i.test(text)) {
      i++;
      break;
    }
    if (RECORD_TITLE_RE.test(text) || OPENED_AT_RE.test(text)) continue;
    if (info.body && LOGO_WORD_RE.test(text) && lines[i]!.gap > 0) continue;
    const label = LABEL_RE.exec(text);
    if (label) {
      const key = label[1]!.toLowerCase().trim();
      const value = label[2]!.trim();
      if (/^(?:venue|location|place|where|meeting place|held at)$/.test(key)) info.venue ??= cleanVenue(value);
      else if (/^(?:date|meeting date|date of meeting|date and time|when)$/.test(key)) {
        info.date ??= findDates(value)[0]?.iso ?? null;
        const rest = afterLeadingTime(value);
        if (rest) info.venue ??= cleanVenue(rest);
      } else if (/^(?:chair|chairman|chairperson|chaired by)$/.test(key)) info.chair ??= value.replace(/\(.*\)/, '').trim() || null;
      else if (/^(?:meeting|committee|body|board|partnership|group|meeting of)$/.test(key)) info.body ??= cleanBody(value);
      else if (/^(?:time)$/.test(key)) {
        const rest = afterLeadingTime(value);
        if (rest) info.venue ??= cleanVenue(rest);
      }
      continue;
    }
    const held = readHeld(text);
    if (held && (held.date || held.venue)) {
      info.date ??= held.date;
      info.venue ??= held.venue;
      if (!info.body && i > 0 && isHeadingLike(lines[i - 1]!)) info.body = cleanBody(lines[i - 1]!.text);
      const before = /^(.*?)\s*\b(?:meeting\s+)?held\b/i.exec(text);
      if (!info.body && before && before[1] && before[1].length > 2) info.body = cleanBody(before[1]);
      continue;
    }
    const dates = findDates(text);
    if (isDateOrTimeLine(text)) {
      info.date ??= dates[0]?.iso ?? null;
      continue;
    }
    const time = afterLeadingTime(text);
    if (time !== null && info.body) {
      const v = cleanVenue(time);
      if (v) info.venue ??= v;
      continue;
    }
    // "<Body> - Thursday 14th March, 2019 10.00 am"
    if (dates.length > 0) {
      const before = text.slice(0, dates[0]!.index).replace(/\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b,?\s*$/i, '');
      const dash = /^(.*?)\s*[-–—,:]\s*$/.exec(before);
      if (dash && dash[1] && !info.body) {
        info.body = cleanBody(dash[1]);
        info.date ??= dates[0]!.iso;
        continue;
      }
    }
    // The line between the date and the attendance is where the meeting was held.
    if (info.body && info.date && !info.venue && i + 1 < lines.length && isAttendanceLabel(lines[i + 1]!.text, lines[i + 2])) {
      const v = cleanVenue(text);
      if (v) {
        info.venue = v;
        continue;
      }
    }
    // A body's name wrapped onto a second title line: "Safer York Partnership/Drug Action Team" / "Partnership Board Meeting".
    if (info.body && bodyLine === i - 1 && lines[i]!.gap === 0 && isHeadingLike(lines[i]!) && BODY_END_RE.test(text) && !COUNCIL_TITLE_RE.test(lines[i - 1]!.text)) {
      info.body = cleanBody(`${lines[i - 1]!.text} ${text}`);
      continue;
    }
    // The first title line names the body, unless it names the council that publishes the papers.
    if ((!info.body || (councilTitle && info.body === councilTitle)) && isHeadingLike(lines[i]!)) {
      info.body = cleanBody(text);
      bodyLine = i;
      councilTitle = COUNCIL_TITLE_RE.test(text) ? info.body : null;
      continue;
    }
    break;
  }
  info.end = i;
  return info;
}

/** "... of the Safer Neighbourhood Board", "OF SAFER PLYMOUTH PARTNERSHIP": a body named in the text. */
const BODY_IN_TEXT_RE = /\b(?:of|the)\s+((?:[A-Z][\w'’&-]*\s+){1,4}(?:Partnership|Board|Committee|Forum|Panel|PARTNERSHIP|BOARD|COMMITTEE|FORUM|PANEL))\b/;

/**
 * The body a document names in its text, for a page whose head names none (a web page that lost its
 * title): the first "of the <Name> Partnership/Board/..." written, in title case when in capitals.
 */
export function findBodyInText(lines: readonly TextLine[], from: number): string | null {
  for (let i = from; i < lines.length; i++) {
    const m = BODY_IN_TEXT_RE.exec(lines[i]!.text);
    if (!m) continue;
    const name = m[1]!;
    return name === name.toUpperCase() ? name.toLowerCase().replace(/\b\p{Ll}/gu, (c) => c.toUpperCase()) : name;
  }
  return null;
}
