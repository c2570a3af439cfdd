/**
 * Input preparation: decode, bound, split into lines and strip page furniture (page numbers,
 * "Agenda Item 3" stamps, repeated running headers, markdown artefacts of PDF-to-text tools), so
 * that the other rules see the words of the document only.
 */
import { BINARY_CONTROL_RATIO, MAX_INPUT_CHARS, MAX_LINE_CHARS, MAX_LINES } from '../limits.js';
import { findDates } from './dates.js';

/** One line of the prepared text. */
export interface TextLine {
  /** 1-based line number in the input. */
  n: number;
  /** Trimmed text without bullets or markup; '' for a blank line. */
  text: string;
  /** The line began with a bullet ("-", "•", "·", "*"). */
  bullet: boolean;
  /** Blank lines between this line and the previous non-blank one. */
  gap: number;
}

/** Lines ready for the rules, and what was cut. */
export interface PreparedText {
  lines: TextLine[];
  warnings: string[];
}

// Control characters other than tab/newline; a high share means the input is not text.
// eslint-disable-next-line no-control-regex
const CONTROL_RE = /[\u0000-\u0008\u000B\u000E-\u001F\u007F\uFFFD]/g;
const BULLET_RE = /^[-*•·▪◦‣∙●○■□➢➤►–]\s+/u;
const FURNITURE_RES: RegExp[] = [
  /^agenda item \d+[a-z]?$/i,
  /^page \d+(?: of \d+)?$/i,
  /^-?\s*\d+\s*-$/,
  /^public document pack$/i,
];

/** Decodes bytes as UTF-8 (bad sequences become U+FFFD) and reports input that looks binary. */
export function decodeInput(input: string | Uint8Array): { text: string; warnings: string[] } {
  const warnings: string[] = [];
  let text: string;
  if (typeof input === 'string') text = input;
  else {
    const slice = input.byteLength > MAX_INPUT_CHARS * 2 ? input.subarray(0, MAX_INPUT_CHARS * 2) : input;
    if (new TextDecoder('latin1').decode(input.subarray(0, 1024)).includes('%PDF-')) {
      warnings.push('input is a PDF: read its text with readDocumentText (or extractFile) first');
    }
    text = new TextDecoder('utf-8', { fatal: false }).decode(slice);
    // Not UTF-8 but mostly text: older council exports are Windows-1252 (curly quotes as single bytes).
    const invalid = text.match(/\uFFFD/g)?.length ?? 0;
    if (invalid > 0 && invalid / Math.max(1, text.length) < 0.02) {
      text = new TextDecoder('windows-1252').decode(slice);
      warnings.push('input is not UTF-8; it was read as Windows-1252');
    }
  }
  if (text.length > MAX_INPUT_CHARS) {
    warnings.push(`input cut to its first ${MAX_INPUT_CHARS} characters (it has ${text.length})`);
    text = text.slice(0, MAX_INPUT_CHARS);
  }
  const sample = text.slice(0, 20_000);
  const controls = sample.match(CONTROL_RE)?.length ?? 0;
  if (sample.length > 0 && controls / sample.length > BINARY_CONTROL_RATIO) {
    warnings.push('input looks binary (many control characters); only its readable text was used');
  }
  return { text, warnings };
}

/** Removes markdown that PDF and HTML converters leave: links, emphasis, escapes, heading hashes. */
export function stripMarkup(line: string): string {
  let s = line;
  if (s.includes('](')) s = s.replace(/\[([^\]]{0,300})\]\([^)\s]{0,500}\)/g, '$1');
  if (s.includes('\\')) s = s.replace(/\\([()[\]*_#.\-])/g, '$1');
  s = s.replace(/^#{1,6}\s+/, '');
  if (s.includes('*') || s.includes('_')) s = s.replace(/(^|\s)[*_]{1,3}(?=\S)|(?<=\S)[*_]{1,3}(?=\s|$|[.,;:])/g, '$1');
  return s;
}

/** Splits, bounds and cleans the input into {@link TextLine}s. */
export function prepareText(input: string | Uint8Array): PreparedText {
  const { text, warnings } = decodeInput(input);
  let raw = text.split(/\r\n|\r|\n|\f|\u2028|\u2029/);
  if (raw.length > MAX_LINES) {
    warnings.push(`input cut to its first ${MAX_LINES} lines (it has ${raw.length})`);
    raw = raw.slice(0, MAX_LINES);
  }
  let longLines = 0;
  const cleaned: { n: number; text: string; bullet: boolean }[] = raw.map((line, i) => {
    let s = line;
    if (s.length > MAX_LINE_CHARS) {
      longLines++;
      s = s.slice(0, MAX_LINE_CHARS);
    }
    s = s.replace(CONTROL_RE, ' ').replace(/[\u00A0\u2000-\u200B\u202F\u205F\u3000]/g, ' ');
    s = s.replace(/ {2,}/g, ' ').trim();
    let bullet = false;
    for (let k = 0; k < 2; k++) {
      const m = BULLET_RE.exec(s);
      if (!m) break;
      bullet = true;
      s = s.slice(m[0].length);
    }
    s = stripMarkup(s).trim();
    if (/^[-_=*~.·•\s|]+$/.test(s)) s = ''; // rules and empty table separators
    return { n: i + 1, text: s, bullet: bullet && s !== '' };
  });
  if (longLines > 0) warnings.push(`${longLines} line(s) longer than ${MAX_LINE_CHARS} characters were cut`);
  removeFurniture(cleaned);
  const lines: TextLine[] = [];
  let gap = 0;
  for (const c of cleaned) {
    if (c.text === '') {
      gap++;
      continue;
    }
    lines.push({ ...c, gap });
    gap = 0;
  }
  return { lines, warnings };
}

/** Blanks page stamps and running headers (a dated line repeated on several pages). */
function removeFurniture(lines: { text: string }[]): void {
  const counts = new Map<string, number>();
  let afterStamp = 0;
  for (const l of lines) {
    if (l.text === '') continue;
    if (FURNITURE_RES.some((re) => re.test(l.text))) {
      l.text = '';
      afterStamp = 2;
      continue;
    }
    // The running header printed just under a page stamp, even when it appears only once.
    if (afterStamp > 0) {
      afterStamp--;
      if (isRunningHeader(l.text) && l.text === l.text.toUpperCase()) {
        l.text = '';
        afterStamp = 0;
        continue;
      }
    }
    if (l.text.length <= 120) counts.set(l.text, (counts.get(l.text) ?? 0) + 1);
  }
  let seenNonBlank = 0;
  let previous = '';
  for (const l of lines) {
    if (l.text === '') continue;
    seenNonBlank++;
    const repeated = (counts.get(l.text) ?? 0) >= 2;
    if (repeated && seenNonBlank > 3 && !/^(?:agenda|minutes|this set of minutes)\b/i.test(previous) && isRunningHeader(l.text)) {
      const keep = l.text;
      l.text = '';
      previous = keep;
      continue;
    }
    previous = l.text;
  }
}

/** A short line carrying a date and no sentence: the shape of a page header. */
function isRunningHeader(text: string): boolean {
  if (text.includes(':') || /[.;]$/.test(text)) return false;
  if (/\b(?:next meeting|held|resolved|agreed)\b/i.test(text)) return false;
  return findDates(text).length > 0;
}
