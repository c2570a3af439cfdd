/**
 * Who was there: "PRESENT:" blocks (on one line or running over several), "Also present" /
 * "In attendance", "Apologies:" labels and "Apologies ... were received from ..." sentences,
 * an agenda's "MEMBERSHIP:" list, and attendance tables (name | agency, or tab separated).
 */
import { isPeopleLine, parsePeopleList, parsePerson, splitTitle, startsWithGivenName, type ParsedPerson } from './people.js';
import { matchNumberedHeading } from './lines.js';
import type { TextLine } from './text.js';

/** Which list a label starts. */
export type AttendanceList = 'present' | 'also-present' | 'apologies' | 'member';

const LABELS: { list: AttendanceList; re: RegExp }[] = [
  { list: 'also-present', re: /^(?:also\s+(?:present|in\s+attendance|attending)|in\s+attendance|officers?(?:\s+(?:present|in\s+attendance))?|attending|guests?|observers?)\s*(?:(?:were)?\s*[:\-–—]\s*(.*))?$/i },
  { list: 'present', re: /^(?:(?:members|board\s+members|councillors|partners|attendees)\s+)?(?:present|attendees|attendance|in\s+the\s+chair)(?:\s+were)?\s*(?:[:\-–—]\s*(.*))?$/i },
  { list: 'apologies', re: /^(?:apologies(?:\s+for\s+absence)?(?:\s+received)?(?:\s+from)?|absent|absentees|not\s+present)\s*[:\-–—]\s*(.*)$/i },
  { list: 'member', re: /^(?:membership|members|committee\s+members|board\s+members|partnership\s+members)\s*(?:[:\-–—]\s*(.*))?$/i },
];

/** "Apologies for absence were received from ...", "Apologies had been submitted on behalf of ...". */
const APOLOGY_SENTENCE_RE =
  /\bapologies(?:\s+for\s+(?:absence|lateness))?\s+(?:were|was|had\s+been|have\s+been|are)\s+(?:received|submitted|given|tendered|noted|recorded|made|sent|reported)\s*(?:from|on\s+behalf\s+of|by|for)?\s*(?:the\s+following\s*)?:?\s*(.*)$/i;

/** The list a label line starts, and the rest of the line. A bare "Apologies" heading counts only before a table. */
export function matchAttendanceLabel(text: string, next?: TextLine): { list: AttendanceList; rest: string } | null {
  // A bare "Apologies" heading starts a list only when a table or a line of people follows.
  if (next && /^(?:apologies(?:\s+for\s+absence)?|absent)$/i.test(text) && (isTableRow(next.text) || isPeopleLine(next.text, { strict: next.gap > 0 }))) {
    return { list: 'apologies', rest: '' };
  }
  for (const { list, re } of LABELS) {
    const m = re.exec(text);
    if (m) return { list, rest: (m[1] ?? '').trim() };
  }
  return null;
}

/** True for a line that starts an attendance list. */
export function isAttendanceLabel(text: string, next?: TextLine): boolean {
  return matchAttendanceLabel(text, next) !== null;
}

/** A person recorded in one list. */
export interface AttendanceRecord extends ParsedPerson {
  list: AttendanceList;
}

function isTableRow(text: string): boolean {
  return text.includes('|') || text.includes('\t');
}

function tableCells(text: string): string[] {
  return text
    .split(/\s*\|\s*|\t+/)
    .map((c) => c.trim())
    .filter((c, i, all) => !(c === '' && (i === 0 || i === all.length - 1)));
}

const HEADER_CELL_RE = /^(?:name|names|attendee|attendees|member|members|present|representative|person|officer|title)s?$/i;

/** A cell that is surely a person: a title or a known given name before a name ("Supt Ravi Dunmore", "Greta Solberg"). */
function strongPersonCell(cell: string): boolean {
  const person = parsePerson(cell);
  return person !== null && (person.title !== undefined || (person.name.includes(' ') && startsWithGivenName(person.name)));
}

/**
 * Reads the rows of one table. With a header row, the column it names holds the names and the
 * other cells are the agency. Without one, a column is a column of names when every cell of it
 * reads as a name and at least half surely are (a title or a known given name): names set out in
 * columns, one person a cell. Otherwise the first cell is the name and the rest the agency.
 */
function readTable(rows: readonly string[][], nameColumn: number, headed: boolean): ParsedPerson[] {
  const width = Math.max(...rows.map((r) => r.length));
  const nameColumns = new Set<number>([nameColumn]);
  if (!headed) {
    for (let c = 0; c < width; c++) {
      const cells = rows.map((r) => r[c] ?? '').filter((x) => x !== '');
      if (cells.length === 0 || c === nameColumn) continue;
      const strong = cells.filter(strongPersonCell).length;
      if (cells.every((x) => parsePerson(x) !== null) && strong * 2 >= cells.length) nameColumns.add(c);
    }
  }
  const out: ParsedPerson[] = [];
  for (const cells of rows) {
    if (nameColumns.size === 1) {
      const person = readNamedRow(cells, nameColumn);
      if (person) out.push(person);
      continue;
    }
    for (const c of [...nameColumns].sort((x, y) => x - y)) {
      const person = cells[c] ? parsePerson(cells[c]!) : null;
      if (person) out.push({ name: person.name, title: person.title, affiliation: person.affiliation, chair: person.chair });
    }
  }
  return out;
}

function readNamedRow(cells: string[], nameColumn: number): ParsedPerson | null {
  const nameCell = cells[nameColumn] ?? '';
  const person = parsePerson(nameCell);
  if (!person) return null;
  const others = cells
    .filter((c, i) => i !== nameColumn && c !== '' && !/^[✓✔xX-]$/.test(c))
    .map((c) => c.replace(/\s*\((?:in\s+the\s+)?chair(?:man|person)?\)\s*/i, ' ').trim())
    .filter(Boolean);
  const affiliation = [person.affiliation, ...others].filter(Boolean).join(', ') || undefined;
  const chair = person.chair || cells.some((c, i) => i !== nameColumn && /\((?:in\s+the\s+)?chair(?:man|person)?\)|^chair(?:man|person)?$/i.test(c));
  return { name: person.name, title: person.title, affiliation, chair: chair ? true : undefined };
}

/** Whether a line continues an attendance list rather than starting the business. */
/** "Chair: Cllr X" / "Vice-Chair – Y" inside an attendance list. */
const CHAIR_LINE_RE = /^(vice[- ]?chair(?:man|person)?|chair(?:man|person)?)\s*[:\-–—]\s*(.+)$/i;

/** A column label inside a list that names no one: "Councillor:", "Partners:". */
export const LIST_COLUMN_LABEL_RE = /^(?:councillors?|cllrs?|elected\s+members?|partners?|partner\s+agencies|agencies)\s*:$/i;

function continuesList(line: TextLine, previous: TextLine | undefined, next?: TextLine): boolean {
  if (LIST_COLUMN_LABEL_RE.test(line.text)) return true;
  if (matchNumberedHeading(line.text) || matchAttendanceLabel(line.text, next)) return false;
  if (isTableRow(line.text)) return true;
  const chairLine = CHAIR_LINE_RE.exec(line.text);
  if (chairLine) return parsePerson(chairLine[2]!) !== null;
  if (previous && /(?:,|\band|&)$/i.test(previous.text)) return true;
  // The rest of a name cut at the end of the line before ("..., Christopher" / "Pellingham, ...").
  if (previous && line.gap === 0 && /^\p{Lu}/u.test(line.text) && wrapsMidName(previous.text, 0)) return true;
  const people = parsePeopleList(line.text);
  if (people.length === 0) return false;
  const strong = people.filter((p) => p.title || startsWithGivenName(p.name)).length;
  // One person per line: an unfamiliar name counts when it runs straight on from the line before.
  if (people.length === 1) return strong === 1 || line.gap === 0;
  return strong >= 1 && strong * 2 >= people.length - 1;
}

/**
 * Reads attendance blocks starting at `start`. Returns the records and the index of the first line
 * after the blocks (where the business starts).
 */
export function readAttendanceBlocks(lines: readonly TextLine[], start: number): { records: AttendanceRecord[]; end: number } {
  const records: AttendanceRecord[] = [];
  let i = start;
  while (i < lines.length) {
    const label = matchAttendanceLabel(lines[i]!.text, lines[i + 1]);
    if (!label) break;
    const { list } = label;
    // Lines of text and people already read (table rows, chair lines), in the order written.
    const parts: (string | ParsedPerson)[] = label.rest ? [label.rest] : [];
    let nameColumn = 0;
    let headed = false;
    let rows: string[][] = [];
    const endTable = (): void => {
      if (rows.length > 0) parts.push(...readTable(rows, nameColumn, headed));
      rows = [];
    };
    let j = i + 1;
    for (; j < lines.length; j++) {
      const line = lines[j]!;
      if (line.gap >= 3 && parts.length + rows.length > 0) break;
      if (!continuesList(line, lines[j - 1], lines[j + 1])) break;
      if (LIST_COLUMN_LABEL_RE.test(line.text)) continue;
      if (isTableRow(line.text)) {
        const cells = tableCells(line.text);
        const header = cells.findIndex((c) => HEADER_CELL_RE.test(c));
        if (header >= 0) {
          endTable();
          nameColumn = header;
          headed = true;
          continue;
        }
        rows.push(cells);
        continue;
      }
      endTable();
      const chairLine = CHAIR_LINE_RE.exec(line.text);
      const person = chairLine ? parsePerson(chairLine[2]!) : null;
      if (chairLine && person) {
        const vice = /^vice/i.test(chairLine[1]!);
        parts.push({
          name: person.name,
          title: person.title,
          affiliation: vice ? [chairLine[1], person.affiliation].filter(Boolean).join(', ') : person.affiliation,
          chair: vice ? undefined : true,
        });
        continue;
      }
      parts.push(line.text);
    }
    endTable();
    let buffer: string[] = [];
    const flush = (): void => {
      for (const p of parsePeopleList(joinListLines(buffer))) records.push({ ...p, list });
      buffer = [];
    };
    for (const part of parts) {
      if (typeof part === 'string') buffer.push(part);
      else {
        flush();
        records.push({ ...part, list });
      }
    }
    flush();
    i = j;
  }
  return { records, end: i };
}

const ENDS_WITH_SEPARATOR_RE = /(?:[,;]|\band|&)$/i;

/**
 * Whether a list line that ends without a separator runs on into the next line: its last words are
 * a name cut short (a lone given name, a title or an initial: "Christopher" / "Millward,"), or the
 * list ends its other lines with a separator, so a line without one was wrapped mid-name.
 */
function wrapsMidName(text: string, separatedShare: number): boolean {
  if (/[)\]]$/.test(text)) return false;
  const last = text.split(/[,;]|\band\b|&/).at(-1)!.trim();
  // "Councillor" or "Supt" alone at the end: the name is on the next line.
  if (last !== '' && splitTitle(`${last} X`).rest === 'X') return true;
  const name = splitTitle(last).rest.split(/\s+/).filter(Boolean);
  if (name.length !== 1) return false;
  return startsWithGivenName(name[0]!) || separatedShare >= 0.66;
}

/**
 * Joins the lines of a list that runs over several lines: after "," or "and" with a space, a name
 * wrapped across two lines with a space, else (one person a line) with a comma.
 */
function joinListLines(texts: readonly string[]): string {
  const inner = texts.slice(0, -1);
  const separatedShare = inner.length >= 2 ? inner.filter((t) => ENDS_WITH_SEPARATOR_RE.test(t)).length / inner.length : 0;
  let out = '';
  for (const [k, t] of texts.entries()) {
    if (k === 0) out = t;
    else if (ENDS_WITH_SEPARATOR_RE.test(out)) out += ` ${t}`;
    else if (/^\p{Lu}/u.test(t) && wrapsMidName(texts[k - 1]!, separatedShare) && !/^(?:and|&)\b/i.test(t)) out += ` ${t}`;
    else out += `, ${t}`;
  }
  return out;
}

/** People named in an "apologies were received from ..." sentence on this line (and the lines it runs onto). */
export function readApologySentence(lines: readonly TextLine[], index: number): ParsedPerson[] | null {
  const m = APOLOGY_SENTENCE_RE.exec(lines[index]!.text);
  if (!m) return null;
  let text = m[1]!.trim();
  // A sentence wrapped onto the next lines: "... from Councillor A, B" / "and C."
  for (let j = index + 1; j < lines.length && j <= index + 5 && text !== '' && !/[.:]$/.test(text); j++) {
    const line = lines[j]!;
    if (line.gap > 0 || !/^(?:\p{Ll}|and\b|&)/u.test(line.text)) break;
    text = `${text} ${line.text}`;
  }
  if (text === '' || /[,:]$/.test(text)) {
    // The names follow on the next lines (a list or a table).
    const parts: string[] = text ? [text] : [];
    for (let j = index + 1; j < lines.length && j <= index + 40; j++) {
      const line = lines[j]!;
      if (!continuesList(line, lines[j - 1])) break;
      parts.push(isTableRow(line.text) ? tableCells(line.text).join(' (') + (tableCells(line.text).length > 1 ? ')' : '') : line.text);
    }
    text = joinListLines(parts);
  }
  // Stop at the end of the sentence: "... and Andrea Watts. The Chair welcomed ..."
  const sentenceEnd = /\.\s+(?=[A-Z])(?<!\b[A-Z]\.\s+)(?<!\b(?:Mr|Mrs|Ms|Dr|Cllr|Supt|Insp|St)\.\s+)/.exec(text);
  if (sentenceEnd) text = text.slice(0, sentenceEnd.index);
  return parsePeopleList(text);
}
