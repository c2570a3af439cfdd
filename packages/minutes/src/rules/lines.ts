/**
 * Shapes of single lines that several rules need: headings, labels, numbered item headings and
 * list entries. Kept in one place so every rule agrees on what a heading is.
 */
import { findDates, isDateOrTimeLine } from './dates.js';
import type { TextLine } from './text.js';

/** A link to an item's papers on a web page of agenda and minutes: "pdf icon PDF 86 KB". */
export const DOCUMENT_LINK_RE = /\b(?:pdf|doc|docx|xls|xlsx)\s+icon\b|\bPDF\s+[\d.]+\s*[KMG]B\b/i;

/** Text junk that web-page and pack converters append to item titles. */
export function cleanTitle(title: string): string {
  return title
    .replace(/\s*pdf icon\b.*$/i, '')
    .replace(/\s*\bPDF\s+[\d.,]+\s*[KMG]B\b.*$/i, '')
    .replace(/\s*\((?:pages?|pp?\.?)\s*[\d\s\-–]+\)\s*$/i, '')
    .replace(/\s*(?:view the reasons why document\b.*|view directions)$/i, '')
    .replace(/[\s:\-–—]+$/, '')
    .replace(/(\p{Ll}{2,}|\d)\.$/u, '$1')
    .trim();
}

/** A line that labels a value: "Venue: ...", "Contact: ...". */
export const LABEL_RE = /^([A-Za-z][A-Za-z .'/-]{0,30}?)\s*:\s*(.*)$/;

/** "No. Item" / "Item Title" table headers of web pages. */
export const TABLE_HEADER_RE = /^(?:no\.?|item(?:\s+no\.?)?|number)\s+(?:item|title|subject|details)(?:\s+\w+)?$/i;

/**
 * A resolution marker line and what follows it on the line. `narrative` marks "It was agreed
 * that ...", which records a decision in the flow of discussion rather than as a formal resolution.
 */
export function matchResolutionMarker(text: string): { rest: string; narrative: boolean; keyword: string } | null {
  const m =
    /^(?:\d+(?:\.\d+)*\.?\s+)?(it\s+was\s+(?:therefore\s+|further\s+|unanimously\s+)?)?(resolved|agreed|decided|decision|resolution|recommended)\b\s*(.*)$/i.exec(text) ??
    // "The Committee RESOLVED that ...": a capitalised keyword after the body's name.
    /^(?:\d+(?:\.\d+)*\.?\s+)?(?:The\s+[A-Za-z][A-Za-z ]{0,40}?\s+)()(RESOLVED|AGREED|DECIDED)\b\s*(.*)$/.exec(text) ??
    // "Having heard the candidates, it was agreed that ...": the decision after the discussion.
    /^(?:[^.;]{3,100},\s+)(it\s+was\s+(?:therefore\s+|unanimously\s+)?)(resolved|agreed)\s+(that\b.*)$/i.exec(text) ??
    // "It was proposed, seconded and AGREED that ...": a motion carried, a formal decision.
    /^(?:it\s+was\s+(?:moved|proposed)(?:[\s,]+(?:and\s+)?(?:seconded|carried|unanimously))*[\s,]+(?:and\s+)?)()(AGREED|RESOLVED)\b\s*(.*)$/i.exec(text);
  if (!m) return null;
  const keyword = m[2]!;
  let rest = m[3]!;
  const explicit =
    // "Agreed the notes of the meeting held on ...": minutes that open each decision with the word.
    /^Agreed\s+(?:the|to)\b/.test(text) ||
    (m[1] !== undefined && m[1] !== '') || (m[1] === '' && /^(?:[:;\-–—]|that\b)/i.test(m[3]!)) || keyword === keyword.toUpperCase() || /^[:;\-–—]/.test(rest) || /^that\b/i.test(rest) || rest === '' || /^\(/.test(rest);
  if (!explicit) return null;
  rest = rest.replace(/^(?:\((?:unanimously|by consensus)\)\s*)?[:;\-–—]?\s*/i, '').trim();
  return { rest, narrative: m[1] !== undefined && m[1] !== '', keyword: keyword.toLowerCase() };
}

/** A numbered or lettered list entry: "(1) ...", "(a) ...", "ii) ...", "1. ..." (for resolution and action lists). */
export function matchEntry(line: TextLine): { label: string | null; text: string } | null {
  const m =
    /^\((\d{1,2}|[a-z]|[ivx]{1,4})\)\s*(.*)$/i.exec(line.text) ??
    /^(\d{1,2}|[a-z]|[ivx]{1,4})\)\s*(.*)$/i.exec(line.text) ??
    /^(\d{1,2})\.(?!\d)\s+(.*)$/.exec(line.text);
  if (m) return { label: m[1]!, text: m[2]!.trim() };
  if (line.bullet) return { label: null, text: line.text };
  return null;
}

/** The time an agenda gives an item ("2 minutes", "10 mins"), written above its heading: no item number. */
export const DURATION_RE = /^\d{1,3}\s*(?:mins?|minutes|hours?|hrs?)\.?$/;

/** A numbered item heading: "1. Apologies", "No 4 Title", "Item 12: Title", "7) Title". */
export function matchNumberedHeading(text: string): { number: string; title: string } | null {
  if (DURATION_RE.test(text)) return null;
  const m = /^(?:(?:agenda\s+)?item\s*|no\.?\s*|minute\s+)?(\d{1,3}[a-z]?)(?:\.0\s|\.(?!\d)|\)|:|\s+[-–—]\s+|\s)\s*(.+)$/i.exec(text);
  if (!m) return null;
  // "Matters arising from Minutes: No matters arising." — the item's title, then what it recorded.
  const title = cleanTitle(m[2]!.trim().replace(/^(.{3,80}?):\s+\p{Lu}.*[.!]$/u, '$1'));
  if (!isItemTitle(title)) return null;
  if (findDates(text)[0]?.index === 0) return null;
  return { number: m[1]!.toLowerCase(), title };
}

/** A number alone on its line ("4", "No. 4", "Item 4", "CSF 14/3"), whose title is on the next line. */
export function matchBareNumber(text: string): string | null {
  // A minute reference of a committee's year: "CSF 14/1" (the last number counts the items).
  const ref = /^([A-Z]{1,5}\s?\d{1,2}\/\d{1,3})$/.exec(text);
  if (ref) return ref[1]!;
  const m = /^(?:(?:agenda\s+)?item\s*|no\.?\s*)?(\d{1,3}[a-z]?)[.):]?$/i.exec(text);
  return m ? m[1]!.toLowerCase() : null;
}

/** Whether text can be an item title: short, starting with a letter, not a sentence fragment or a table row. */
export function isItemTitle(title: string): boolean {
  if (title.length < 2 || title.length > 160 || title.includes('\t') || title.includes('|')) return false;
  if (!/^[\p{L}'"“‘(]/u.test(title)) return false;
  const words = title.split(/\s+/).length;
  if (words > 16) return false;
  if (/[,;]$/.test(title)) return false;
  if (/\.$/.test(title) && words > 8) return false;
  return true;
}

/** Words that make a short line ending with a full stop a sentence ("No declarations were made."), not a title. */
const SENTENCE_WORD_RE = /\b(?:is|are|was|were|be|been|being|has|have|had|will|would|could|should|may|made|noted|agreed|received|welcomed|declared|given|there|none|no)\b/i;

/** A title some councils end with a full stop ("Election of Chairman."): a few words and no verb. */
function isTitleWithFullStop(text: string): boolean {
  return text.split(/\s+/).length <= 8 && !SENTENCE_WORD_RE.test(text);
}

/** Whether an unnumbered line looks like a heading (used for web-page minutes whose items carry no numbers). */
export function isHeadingLike(line: TextLine): boolean {
  // A web page's item title carries its papers' links ("pdf icon PDF 86 KB"); the title is what counts.
  const t = DOCUMENT_LINK_RE.test(line.text) ? cleanTitle(line.text) : line.text;
  if (line.bullet || t.length > 100 || t.length < 3) return false;
  if (!/^[\p{Lu}'"“‘]/u.test(t)) return false;
  if (/[,;:!?]$/.test(t) || (/\.$/.test(t) && !/\b[A-Z]\.$/.test(t) && !isTitleWithFullStop(t))) return false;
  if (t.split(/\s+/).length > 12) return false;
  if (/^To\s+\p{Ll}/u.test(t) || /^That\b/.test(t)) return false;
  if (LABEL_RE.test(t) || TABLE_HEADER_RE.test(t)) return false;
  if (matchResolutionMarker(t) || isDateOrTimeLine(t)) return false;
  if (t.includes('\t') || t.includes('|') || /^\(/.test(t)) return false;
  return true;
}

/** Titles that close business and so cannot be a sub-topic of "any other business". */
export const CLOSING_ITEM_RE = /\b(?:date|dates|time)s?\b.*\bnext\b|\bnext meeting\b|\bfuture meeting|\bexclusion of (?:the )?press\b|\bclose of (?:the )?meeting\b/i;

/** "Any other business" and its variants. */
export const ANY_OTHER_BUSINESS_RE = /\b(?:any other (?:urgent )?business|a\.?o\.?b\.?|other business|urgent business)\b/i;

/**
 * A "held at ..." line with the lines it wraps onto until the date: "MEETING HELD AT THE COMMITTEE
 * ROOM 1, TOWN HALL," / "BOOTLE" / "ON THURSDAY 14TH JUNE, 2012". Returns the joined text and how
 * many lines it took, or null when the line is not such a line or no date follows within three
 * short lines.
 */
export function joinHeldLines(lines: readonly TextLine[], index: number): { text: string; count: number } | null {
  let text = lines[index]!.text;
  if (!/\bheld\b/i.test(text) || findDates(text).length > 0) return null;
  for (let k = index + 1; k < lines.length && k <= index + 3; k++) {
    const line = lines[k]!;
    if (line.gap > 1 || line.text.length >= 120) return null;
    text = `${text} ${line.text}`;
    if (findDates(line.text).length > 0) return { text, count: k - index + 1 };
  }
  return null;
}
