/**
 * Dates as councils write them: "Thursday 14th March, 2019", "WEDNESDAY 22ND JUNE, 2022",
 * "8 September 2022", "June 13, 2019", "13/06/2019", "2019-06-13". Every pattern is linear (no
 * nested quantifiers), so long lines cannot stall it.
 */
import { isIsoDay } from '@govgraph/core';

const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};
const MONTH = '(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)';
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?\\s+${MONTH}\\.?,?\\s+(\\d{4})\\b`, 'gi');
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'gi');
const NUMERIC = /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})\b/g;
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/g;

/** A date found in text. */
export interface FoundDate {
  /** `YYYY-MM-DD`. */
  iso: string;
  /** Offset of the match in the text. */
  index: number;
  /** Length of the match. */
  length: number;
}

function iso(y: number, m: number, d: number): string | null {
  const s = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return isIsoDay(s) ? s : null;
}

/** Every date in `text`, in order of position (overlapping matches keep the earlier, longer one). */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  const add = (re: RegExp, make: (m: RegExpExecArray) => string | null): void => {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const value = make(m);
      if (value) found.push({ iso: value, index: m.index, length: m[0].length });
    }
  };
  add(DAY_MONTH_YEAR, (m) => iso(Number(m[3]), MONTHS[m[2]!.toLowerCase()]!, Number(m[1])));
  add(MONTH_DAY_YEAR, (m) => iso(Number(m[3]), MONTHS[m[1]!.toLowerCase()]!, Number(m[2])));
  add(NUMERIC, (m) => {
    const year = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    return iso(year, Number(m[2]), Number(m[1]));
  });
  add(ISO, (m) => iso(Number(m[1]), Number(m[2]), Number(m[3])));
  found.sort((a, b) => a.index - b.index || b.length - a.length);
  const out: FoundDate[] = [];
  for (const f of found) {
    const last = out.at(-1);
    if (last && f.index < last.index + last.length) continue;
    out.push(f);
  }
  return out;
}

/** The first date in `text`, or null. */
export function firstDate(text: string): string | null {
  return findDates(text)[0]?.iso ?? null;
}

const WEEKDAY = /\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b,?/gi;
const TIME = /\b\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|\b\d{1,2}[.:]\d{2}\b|\bnoon\b/gi;
const TIME_ONE = new RegExp(TIME.source, 'i');

/** True when a line is only a date, a weekday and/or a time (nothing else worth reading). */
export function isDateOrTimeLine(text: string): boolean {
  const dates = findDates(text);
  let rest = text;
  for (const d of [...dates].reverse()) rest = rest.slice(0, d.index) + ' ' + rest.slice(d.index + d.length);
  rest = rest.replace(WEEKDAY, ' ').replace(TIME, ' ').replace(/\b(?:at|on|from|commencing|starting)\b/gi, ' ');
  return (dates.length > 0 || TIME_ONE.test(text)) && /^[\s,.\-–—()]*$/.test(rest);
}

/** Removes a leading time ("10.00 am, ") and returns what follows, or null when the line does not start with a time. */
export function afterLeadingTime(text: string): string | null {
  const m = /^(?:\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}[.:]\d{2})\s*(?:[-–—,:;]\s*)?(.*)$/i.exec(text);
  return m ? (m[1] ?? '').trim() : null;
}
