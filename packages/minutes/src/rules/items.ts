/**
 * Items of business. Numbered layouts ("1.", "No 1", "Item 1:", "1)" and numbers alone above the
 * title) are read as the longest run of consecutive numbers, so stray numbers in tables and
 * numbered paragraphs (1.1, 1.2) never become items. Unnumbered layouts (web pages) are read from
 * headings: short lines set apart by blank lines, where a heading set apart less than the item it
 * follows, or anything under "Any other business" before a closing item, is a sub-topic.
 */
import { MAX_ITEMS, MAX_NUMBER_CANDIDATES } from '../limits.js';
import { isPeopleLine } from './people.js';
import {
  ANY_OTHER_BUSINESS_RE,
  DOCUMENT_LINK_RE,
  CLOSING_ITEM_RE,
  DURATION_RE,
  cleanTitle,
  isHeadingLike,
  isItemTitle,
  matchBareNumber,
  matchNumberedHeading,
} from './lines.js';
import type { TextLine } from './text.js';

/** An item with the range of its body lines. */
export interface ItemSpan {
  number: string | null;
  title: string;
  /** Index of the heading line. */
  heading: number;
  /** First body line index. */
  bodyStart: number;
  /** Index after the last body line. */
  bodyEnd: number;
}

interface Candidate {
  index: number;
  value: number;
  suffix: string;
  number: string;
  title: string;
  /** Lines the heading takes (2 when the number stands alone above the title). */
  span: number;
}

function numberedCandidates(lines: readonly TextLine[], start: number, end: number): Candidate[] {
  const out: Candidate[] = [];
  for (let i = start; i < end && out.length < MAX_NUMBER_CANDIDATES; i++) {
    const line = lines[i]!;
    if (line.bullet) continue;
    const heading = matchNumberedHeading(line.text);
    if (heading) {
      const m = /^(\d+)([a-z]?)$/.exec(heading.number)!;
      out.push({ index: i, value: Number(m[1]), suffix: m[2]!, number: heading.number, title: heading.title, span: 1 });
      continue;
    }
    const bare = matchBareNumber(line.text);
    const next = lines[i + 1];
    if (bare && next && next.gap <= 2 && isItemTitle(cleanTitle(next.text)) && !matchNumberedHeading(next.text)) {
      const m = /(\d+)([a-z]?)$/.exec(bare)!;
      out.push({ index: i, value: Number(m[1]), suffix: m[2]!, number: bare, title: cleanTitle(next.text), span: 2 });
    }
  }
  return out;
}

/** Titles every council's business has; a run of numbers holding them is the items, not a report's sections. */
const STANDARD_ITEM_RE = /\bapolog|\bdeclarations?\b|\bminutes\b|\bnext meeting\b|\bother business\b|\bmatters arising\b|\bwelcome\b/i;

const NEXT_MEETING_RE = /\bnext meeting\b|\bfuture meeting/i;
const AFTER_CLOSING_RE = /\bother business\b|\burgent\b|\bexclusion\b|\bconfidential\b|\bexempt\b|\bpart (?:2|ii|two)\b|\bclose\b/i;

function weight(c: Candidate): number {
  return STANDARD_ITEM_RE.test(c.title) ? 6 : 1;
}

/** The heaviest chain of candidates whose numbers go up by 1 (or 2, or stay with a letter suffix); standard item titles weigh more. */
function longestChain(candidates: readonly Candidate[]): Candidate[] {
  const n = candidates.length;
  if (n === 0) return [];
  const best = candidates.map(weight);
  const previous = new Array<number>(n).fill(-1);
  for (let j = 0; j < n; j++) {
    const cj = candidates[j]!;
    // Only look back a bounded distance: chains of items are dense among candidates.
    for (let i = j - 1; i >= 0 && i >= j - 60; i--) {
      const ci = candidates[i]!;
      if (cj.index < ci.index + ci.span) continue;
      const step = cj.value - ci.value;
      // Business ends at "Date of next meeting" or "Any other business", bar the few items that
      // may follow them (urgent business, exclusion of the press, exempt items); an exclusion of
      // the press in mid-agenda closes nothing, as the exempt items follow it.
      const closing = (title: string): boolean => NEXT_MEETING_RE.test(title) || AFTER_CLOSING_RE.test(title);
      const closes = (title: string): boolean => NEXT_MEETING_RE.test(title) || ANY_OTHER_BUSINESS_RE.test(title);
      const closed = closes(ci.title) && !closing(cj.title);
      const ok = !closed && ((step === 1 || step === 2) || (step === 0 && cj.suffix > ci.suffix));
      if (ok && best[i]! + weight(cj) > best[j]!) {
        best[j] = best[i]! + weight(cj);
        previous[j] = i;
      }
    }
  }
  let end = 0;
  for (let j = 1; j < n; j++) if (best[j]! > best[end]!) end = j;
  const chain: Candidate[] = [];
  for (let k = end; k >= 0; k = previous[k]!) chain.push(candidates[k]!);
  return chain.reverse();
}

/** Items of a numbered layout, or null when the text has no run of numbered headings. */
export function readNumberedItems(lines: readonly TextLine[], start: number, end: number): ItemSpan[] | null {
  const candidates = numberedCandidates(lines, start, end);
  // A list whose numbers a converter reset ("1." before every item) keeps its order but not its numbers.
  if (candidates.length >= 3 && candidates.every((c) => c.value === 1 && c.suffix === '' && c.span === 1)) {
    return candidates.slice(0, MAX_ITEMS).map((c, k) => ({
      number: null,
      title: c.title,
      heading: c.index,
      bodyStart: c.index + 1,
      bodyEnd: candidates[k + 1]?.index ?? end,
    }));
  }
  const chain = longestChain(candidates);
  if (chain.length < 2 && !(chain.length === 1 && STANDARD_ITEM_RE.test(chain[0]!.title))) return null;
  return chain.slice(0, MAX_ITEMS).map((c, k) => ({
    number: c.number,
    title: c.title,
    heading: c.index,
    bodyStart: c.index + c.span,
    bodyEnd: chain[k + 1]?.index ?? end,
  }));
}

const ADDITIONAL_DOCUMENTS_RE = /^(?:additional|supporting|background)\s+(?:documents|papers)\s*:?$/i;
/** Lines that describe an item on a web page ("Report of Jane Roe", "Presented by ...", "Mrs Roe in the Chair") and are never items. */
const ITEM_BYLINE_RE = /\b[Ii]n\s+the\s+[Cc]hair$|^(?:[Rr]eport\s*of(?![a-z])|REPORT\s+OF\b|[Rr]eports?\s+by\b|[Pp]resent(?:ed|ation)\s+by\b|[Ll]ead\s+[Oo]fficer\b|[Rr]eport\s+[Aa]uthor\b|[Cc]ontact\s+[Oo]fficer\b)/;

/** Items of an unnumbered (web page) layout. */
export function readHeadingItems(lines: readonly TextLine[], start: number, end: number): ItemSpan[] {
  const candidates: number[] = [];
  for (let i = start; i < end; i++) {
    const line = lines[i]!;
    // Links listed under "Additional documents:" are papers of the item, not items.
    const previous = lines[i - 1];
    const afterList = previous !== undefined && i - 1 >= start && (ADDITIONAL_DOCUMENTS_RE.test(previous.text) || DOCUMENT_LINK_RE.test(previous.text));
    const underDocuments = afterList && (line.gap <= 1 || DOCUMENT_LINK_RE.test(line.text));
    if (isHeadingLike(line) && !underDocuments && !ITEM_BYLINE_RE.test(line.text) && !isPeopleLine(line.text, { strict: true })) candidates.push(i);
  }
  // Where the agenda gives items their time ("2 minutes" above the heading), a heading without one is a sub-topic.
  const timed = candidates.filter((i) => i - 1 >= start && DURATION_RE.test(lines[i - 1]!.text));
  if (timed.length >= 2) candidates.splice(0, candidates.length, ...timed);
  // When the layout sets items apart with two or more blank lines, a heading with less is a description.
  const wide = candidates.some((i) => lines[i]!.gap >= 2);
  // Where headings link their papers, an unlinked heading is an item only when set apart as widely
  // as the linked ones are at most (sub-headings of an item sit closer).
  const linkedGaps = candidates.filter((i) => DOCUMENT_LINK_RE.test(lines[i]!.text)).map((i) => Math.min(lines[i]!.gap, 3));
  const linkedSpacing = linkedGaps.length >= 2 ? Math.max(...linkedGaps) : 0;
  const items: ItemSpan[] = [];
  let currentGap = 0;
  let inAnyOtherBusiness = false;
  for (const i of candidates) {
    const line = lines[i]!;
    const gap = Math.min(line.gap, 3);
    const first = items.length === 0;
    // A heading that links the item's papers is an item whatever the blank lines around it.
    const linked = DOCUMENT_LINK_RE.test(line.text);
    if (!first && !linked) {
      if (wide && gap < 2) continue;
      const closing = CLOSING_ITEM_RE.test(line.text);
      if ((gap < currentGap || gap < linkedSpacing) && !closing) continue;
      if (inAnyOtherBusiness && !closing) continue;
    }
    const last = items.at(-1);
    if (last) last.bodyEnd = i;
    const title = cleanTitle(line.text);
    items.push({ number: null, title, heading: i, bodyStart: i + 1, bodyEnd: end });
    // A linked item may sit closer than the others; it does not lower the spacing items need.
    currentGap = first ? Math.min(gap, 2) : linked ? Math.max(currentGap, Math.min(gap, 2)) : gap;
    inAnyOtherBusiness = ANY_OTHER_BUSINESS_RE.test(title);
    if (items.length >= MAX_ITEMS) break;
  }
  return items;
}

/** A table row of a web page left on one line: "<TITLE> [PDF 84 KB] [description] Minutes: <text>". */
const ROW_ITEM_RE = /^(.{3,120}?)\s+(?:PDF\s+[\d.,]+\s*[KMG]B|Minutes:)\s+\S/;

/**
 * Items of a web page whose table rows were flattened one row a line (title, papers, description
 * and "Minutes:" run together), or null when fewer than two lines read so.
 */
export function readRowItems(lines: readonly TextLine[], start: number, end: number): ItemSpan[] | null {
  const rows: { index: number; title: string }[] = [];
  for (let i = start; i < end && rows.length < MAX_ITEMS; i++) {
    const m = ROW_ITEM_RE.exec(lines[i]!.text);
    if (!m) continue;
    const title = cleanTitle(m[1]!);
    if (isItemTitle(title) && /^[\p{Lu}'"“‘]/u.test(title) && !/[.!?]/.test(title)) rows.push({ index: i, title });
  }
  if (rows.length < 2) return null;
  return rows.map((r, k) => ({ number: null, title: r.title, heading: r.index, bodyStart: r.index + 1, bodyEnd: rows[k + 1]?.index ?? end }));
}
