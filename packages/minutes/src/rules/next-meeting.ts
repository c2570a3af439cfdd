/**
 * The next meeting: the "Date of next meeting" item (its first date after the meeting's own), or
 * failing that a sentence saying when the next meeting will be held.
 */
import { findDates } from './dates.js';
import { cleanVenue } from './header.js';
import { CLOSING_ITEM_RE } from './lines.js';
import type { ItemSpan } from './items.js';
import type { NextMeeting } from '../types.js';
import type { TextLine } from './text.js';

/** Date and venue from one sentence: "... will be held on Thursday, 13 June 2019, at Town Hall, Bootle, commencing at 10:00 am." */
function fromText(text: string, after: string | null): NextMeeting | null {
  for (const d of findDates(text)) {
    if (after && d.iso <= after) continue;
    const tail = text.slice(d.index + d.length);
    const at = /^[\s,]*(?:(?:at|from)\s+\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?[\s,]*)?(?:at|in|via)\s+(?!\d)([^.;]+)/i.exec(tail);
    return { date: d.iso, venue: at ? cleanVenue(at[1]!) : null };
  }
  return null;
}

/** Reads the next meeting of a document. */
export function readNextMeeting(lines: readonly TextLine[], items: readonly ItemSpan[], meetingDate: string | null, docStart: number, docEnd: number): NextMeeting | null {
  for (const item of items) {
    if (!CLOSING_ITEM_RE.test(item.title)) continue;
    const fromTitle = fromText(item.title, meetingDate);
    if (fromTitle) return fromTitle;
    for (let i = item.bodyStart; i < item.bodyEnd; i++) {
      const found = fromText(lines[i]!.text, meetingDate);
      if (found) return found;
    }
  }
  for (let i = docStart; i < docEnd; i++) {
    const text = lines[i]!.text;
    if (!/\bnext meeting\b/i.test(text) || !/\b(?:held|take place|be on|is on|will be|scheduled|date)\b/i.test(text)) continue;
    const found = fromText(text.slice(/\bnext meeting\b/i.exec(text)!.index), meetingDate);
    if (found) return found;
  }
  return null;
}
