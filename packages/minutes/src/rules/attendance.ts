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
  // "Core Membership": the members who came, set apart from other attendees.
  { list: 'present', re: /^core\s+(?:membership|members)(?:\s+present)?\s*(?:[:\-–—]\s*(.*))?$/i },
  // Attendance grouped by who they are: "Panel Attendees: ...", "Cllrs: ...", "Police Service Representative: ...".
  { list: 'present', re: /^(?:(?:[A-Z][\w'’-]*\s+){1,3}[Aa]ttendees|[Cc]llrs|[Cc]ouncillors|(?:[A-Z][\w'’-]*\s+){1,4}[Rr]epresentatives?)\s*:\s*(\S.*)$/ },
  { list: 'apologies', re: /^(?:apologies(?:\s+for\s+absence)?(?:\s+received)?(?:\s+from)?|absent|absentees|not\s+present)\s*[:\-–—]\s*(.*)$/i },
  { list: 'member', re: /^(?:membership|members|committee\s+members|board\s+members|partnership\s+members)\s*(?:[:\-–—]\s*(.*))?$/i },
];

/** "Apologies for absence were received from ...", "An apology for absence was received from ...", "Apologies had been submitted on behalf of ...". */
const APOLOGY_SENTENCE_RE =
  /\b(?:apologies|an\s+apology)(?:\s+for\s+(?:absence|lateness|non-attendance))?\s+(?:were|was|had\s+been|have\s+been|are)\s+(?:received|submitted|given|tendered|noted|recorded|made|sent|reported)\s*(?:from|on\s+behalf\s+of|by|for)?\s*(?:the\s+following\s*)?:?\s*(.*)$/i;

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
/** The other column headings of an attendance table: "Role", "Agency", "Initials". */
const OTHER_HEADER_CELL_RE = /^(?:role|agency|agencies|organisation|organization|representing|job\s+title|position|initials|service|department|designation)s?$/i;
/** Initials written after a name in the cell ("Alison Semmence ASe", "Amber White AW"). */
const TRAILING_INITIALS_RE = /\s+(?:[A-Z]{2}[a-z]?|[A-Z]{3})$/;

/**
 * The people in one name cell of a table: initials after the name dropped, two people sharing a
 * post ("Louise Johnson /Simon Godley") both read, a vacant post ("Vacant post (to be ...)") no one.
 */
function readNameCell(cell: string): ParsedPerson[] {
  if (/^vacan(?:t|cy)\b/i.test(cell)) return [];
  const out: ParsedPerson[] = [];
  for (const part of cell.split(/\s*\/\s*/)) {
    const bare = part.trim();
    const stripped = bare.replace(TRAILING_INITIALS_RE, '');
    const person = parsePerson(stripped.split(/\s+/).length >= 2 ? stripped : bare);
    if (person) out.push({ name: person.name, title: person.title, affiliation: person.affiliation, chair: person.chair });
  }
  return out;
}

/**
 * A table set out one cell a line (as converters leave a Word table): header lines ("Name" /
 * "Role") after the label, then each row's cells on as many lines. Returns the people and the index
 * after the table, or null when no such header follows the label at `start`.
 */
function readCellPerLineTable(lines: readonly TextLine[], start: number): { people: ParsedPerson[]; end: number } | null {
  let k = start;
  const headers: string[] = [];
  while (k < lines.length && headers.length < 4 && (HEADER_CELL_RE.test(lines[k]!.text) || OTHER_HEADER_CELL_RE.test(lines[k]!.text))) headers.push(lines[k++]!.text);
  const nameColumn = headers.findIndex((h) => HEADER_CELL_RE.test(h));
  if (headers.length < 2 || nameColumn < 0) return null;
  const people: ParsedPerson[] = [];
  while (k + headers.length <= lines.length) {
    const row = lines.slice(k, k + headers.length);
    if (row.some((l, c) => (c > 0 || k > start + headers.length) && l.gap >= 3)) break;
    if (row.some((l) => matchAttendanceLabel(l.text) || matchNumberedHeading(l.text))) break;
    const named = readNameCell(row[nameColumn]!.text);
    if (named.length === 0 && !/^vacan/i.test(row[nameColumn]!.text)) break;
    const others = row.filter((_, c) => c !== nameColumn).map((l) => l.text);
    const chair = others.some((o) => /(?:^|&\s*|\band\s+)chair(?:man|person)?$|\(chair\)/i.test(o));
    const affiliation = others.map((o) => o.replace(/\s*(?:&|\band)\s*chair(?:man|person)?$/i, '').trim()).filter(Boolean).join(', ') || undefined;
    for (const p of named) people.push({ ...p, affiliation: [p.affiliation, affiliation].filter(Boolean).join(', ') || undefined, chair: p.chair || chair || undefined });
    k += headers.length;
  }
  return { people, end: k };
}

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
  // "Nina Pascoe, Station Manager, AVFRS" straight after the line before: one person a line.
  if (previous && line.gap === 0 && COMMA_OUTSIDE_BRACKETS_RE.test(line.text)) {
    const [first, ...others] = line.text.split(COMMA_OUTSIDE_BRACKETS_RE);
    const person = parsePerson(first!);
    if (person && !person.plural && person.name.includes(' ') && !others.some(namesSomeone)) return true;
  }
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
    const cellTable = label.rest === '' ? readCellPerLineTable(lines, i + 1) : null;
    if (cellTable) {
      for (const p of cellTable.people) records.push({ ...p, list });
      i = cellTable.end;
      continue;
    }
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
      // "Kay Quill (WCC) attended for item 1": when someone came is no part of who they are.
      const texts = buffer.map((t) => t.replace(ATTENDED_FOR_RE, ''));
      const people = isPersonPerLine(texts) ? texts.map(readPersonLine).filter((p) => p !== null) : parsePeopleList(joinListLines(texts));
      for (const p of people) records.push({ ...p, list });
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

/** "... attended for item 6", "... attended to take the minutes" after a name in an attendance list. */
const ATTENDED_FOR_RE = /\s+attended\s+(?:for|to|during|from)\b[^,;]*/gi;

const ENDS_WITH_SEPARATOR_RE = /(?:[,;]|\band|&)$/i;

/** Commas outside brackets. */
const COMMA_OUTSIDE_BRACKETS_RE = /,(?![^()]*\))/;
const CHAIR_MARK_RE = /\(\s*(?:in\s+the\s+)?chair(?:man|person)?\s*\)/i;

/**
 * Whether a list is one person a line, each written "name, title or role, agency" ("Lisa Winward,
 * Supt, NYP (Chair)" / "Pete Dwyer, Head of Children & Families, CYC"): every line starts with a
 * full name or a titled one (half of them surely people), no line ends with a separator, no later
 * part of a line is a person, and most lines go on after a comma.
 */
function isPersonPerLine(texts: readonly string[]): boolean {
  if (texts.length < 2) return false;
  let withComma = 0;
  let strong = 0;
  for (const text of texts) {
    if (ENDS_WITH_SEPARATOR_RE.test(text)) return false;
    const [first, ...others] = text.split(COMMA_OUTSIDE_BRACKETS_RE);
    const person = parsePerson(first!);
    if (!person || person.plural || !(person.title || person.name.includes(' '))) return false;
    if (others.some(namesSomeone)) return false;
    if (strongPersonCell(first!)) strong++;
    if (others.length > 0) withComma++;
  }
  return withComma * 2 >= texts.length && strong * 2 >= texts.length;
}

/** Whether a part of a line after its first comma names people ("C Davis and E Fox"), not a title, role or agency. */
function namesSomeone(part: string): boolean {
  if (splitTitle(`${part.trim()} X`).rest === 'X') return false;
  const text = part.replace(CHAIR_MARK_RE, ' ').trim();
  // A lone capitalised word is an agency's initials ("AVDC") as often as a surname.
  return isPeopleLine(text, { strict: false }) && parsePeopleList(text).some((p) => p.title !== undefined || p.name.includes(' '));
}

/** One person written "name, title, role, agency": a title after the name is their title, "(Chair)" marks the chair. */
function readPersonLine(text: string): ParsedPerson | null {
  const [first, ...others] = text.split(COMMA_OUTSIDE_BRACKETS_RE).map((part) => part.trim());
  const person = parsePerson(first!);
  if (!person) return null;
  let title = person.title;
  let chair = person.chair === true;
  const affiliation = person.affiliation ? [person.affiliation] : [];
  for (const raw of others) {
    if (CHAIR_MARK_RE.test(raw)) chair = true;
    const part = raw.replace(CHAIR_MARK_RE, ' ').trim();
    if (part === '') continue;
    if (/^chair(?:man|person)?$/i.test(part)) chair = true;
    else if (title === undefined && splitTitle(`${part} X`).rest === 'X') title = splitTitle(`${part} X`).title;
    else affiliation.push(part);
  }
  return { name: person.name, title, affiliation: affiliation.join(', ') || undefined, chair: chair || undefined };
}

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
