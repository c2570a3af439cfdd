/**
 * Extraction: plain-text agendas and minutes to {@link ExtractionResult}. Runs the rule modules in
 * order — prepare text, split into documents, read the head, attendance, items (with resolutions,
 * actions and mentions) and the next meeting — and never throws on bad input: what cannot be read
 * is reported in `warnings`.
 */
import { readDocumentFile, type DocumentText } from './document/read-document.js';
import { MAX_DOCUMENTS } from './limits.js';
import { readActions } from './rules/actions.js';
import { readChairSentence } from './rules/chair.js';
import { readApologySentence, readAttendanceBlocks, type AttendanceRecord } from './rules/attendance.js';
import { findBodyInText, readHeader } from './rules/header.js';
import { readHeadingItems, readNumberedItems, readRowItems, type ItemSpan } from './rules/items.js';
import { readNextMeeting } from './rules/next-meeting.js';
import { parsePeopleList } from './rules/people.js';
import { hasFormalResolutions, readItemResolutions } from './rules/resolutions.js';
import { segmentDocuments, type Segment } from './rules/segment.js';
import { prepareText, type TextLine } from './rules/text.js';
import type { EntityResolver } from './resolver.js';
import type { DocumentKind, ExtractedDocument, ExtractedItem, ExtractionResult, Mention, PersonRecord, PersonRole } from './types.js';

/** Options of {@link extractMinutes}. */
export interface ExtractOptions {
  /** Resolves body names and finds mentions; without it `bodyId` is null and `mentions`/`duties` are empty. */
  resolver?: EntityResolver | undefined;
}

const ROLE_OF_LIST: Record<AttendanceRecord['list'], PersonRole> = {
  present: 'present',
  'also-present': 'also-present',
  apologies: 'apologies',
  member: 'member',
};

/** Signs that a text records a meeting held rather than one to come. */
const MINUTE_LANGUAGE_RE = /\b(?:were|was|had been)\s+(?:received|submitted|noted|agreed|resolved|considered|reported|presented|reviewed|confirmed|made|discussed|taken as read)\b|\bwelcomed\b|\bresolved\b|\bit was agreed\b|\bthe (?:partnership|board|committee|group|panel) (?:received|considered|noted|agreed)\b/i;

/** "Minutes:" on its own line under an item, or closing an item's row ("Apologies Minutes: There were none."). */
const WEB_MINUTES_LABEL_RE = /(?:^|\s)Minutes:(?:\s|$)/;

function decideKind(segment: Segment, lines: readonly TextLine[], hasResolutions: boolean, hasAttendance: boolean): DocumentKind {
  if (segment.kind === 'agenda' || segment.kind === 'minutes') return segment.kind;
  if (hasResolutions || hasAttendance) return 'minutes';
  let signs = 0;
  for (let i = segment.start; i < segment.end && signs < 2; i++) {
    const text = lines[i]!.text;
    // A web page's "Minutes:" under an item holds what the meeting did.
    if (WEB_MINUTES_LABEL_RE.test(text)) signs += 2;
    else if (MINUTE_LANGUAGE_RE.test(text)) signs++;
  }
  return signs >= 2 ? 'minutes' : 'agenda';
}

function uniqueNames(people: readonly PersonRecord[], role: PersonRole): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const p of people) {
    if (p.role !== role) continue;
    const key = `${p.title ?? ''} ${p.name}`.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(p.name);
  }
  return out;
}

/**
 * Untitled names of four or more words the rules did not split: one person with a long name, or
 * two whose separator was lost and whose given names the lexicon does not know. Said in a
 * warning rather than guessed, so a reviewer decides.
 */
function possiblyTwoPeople(people: readonly PersonRecord[]): string[] {
  const names = people.filter((p) => !p.title && p.name.split(/\s+/).filter((w) => !/^[A-Z]\.?$/.test(w)).length >= 4).map((p) => p.name);
  return [...new Set(names)];
}

function mergeMentions(into: Mention[], found: readonly Mention[]): void {
  for (const m of found) if (!into.some((x) => x.id === m.id)) into.push(m);
}

function extractDocument(lines: readonly TextLine[], segment: Segment, resolver: EntityResolver | undefined): ExtractedDocument | null {
  const segLines = lines.slice(segment.start, segment.end);
  const warnings: string[] = [];
  const header = readHeader(segLines);
  const attendance = readAttendanceBlocks(segLines, header.end);
  const businessStart = attendance.end;
  const items: ItemSpan[] = readNumberedItems(segLines, businessStart, segLines.length) ??
    readRowItems(segLines, businessStart, segLines.length) ??
    readHeadingItems(segLines, businessStart, segLines.length);
  const formal = hasFormalResolutions(segLines, businessStart, segLines.length);

  const people: PersonRecord[] = attendance.records.map((r) => ({
    name: r.name,
    title: r.title,
    affiliation: r.affiliation,
    chair: r.chair,
    role: ROLE_OF_LIST[r.list],
  }));

  const extractedItems: ExtractedItem[] = [];
  const documentMentions: Mention[] = [];
  let resolutionCount = 0;
  for (const item of items) {
    const resolutions = readItemResolutions(segLines, item.bodyStart, item.bodyEnd, formal);
    resolutionCount += resolutions.length;
    const actions = readActions(segLines, item.bodyStart, item.bodyEnd);
    const body = segLines.slice(item.bodyStart, item.bodyEnd).map((l) => l.text);
    const mentions = resolver ? resolver.findMentions([item.title, ...body].join('\n')) : [];
    mergeMentions(documentMentions, mentions);
    // Apologies recorded in the item ("Apologies for absence were received from ...").
    let apologiesFound = false;
    for (let i = item.bodyStart; i < item.bodyEnd; i++) {
      const named = readApologySentence(segLines, i);
      if (!named) continue;
      apologiesFound = true;
      for (const p of named) people.push({ ...p, role: 'apologies', item: item.number ?? item.title });
    }
    if (!apologiesFound && /^apolog/i.test(item.title)) {
      const listed = readAttendanceBlocks([{ n: 0, text: 'Apologies:', bullet: false, gap: 0 }, ...segLines.slice(item.bodyStart, item.bodyEnd)], 0);
      for (const r of listed.records) people.push({ ...r, role: 'apologies', item: item.number ?? item.title });
    }
    extractedItems.push({ number: item.number, title: item.title, resolutions, actions, mentions });
  }
  // Apologies sentences before the first item (some minutes record them under the attendance).
  const firstItem = items[0]?.heading ?? segLines.length;
  for (let i = businessStart; i < firstItem; i++) {
    const named = readApologySentence(segLines, i);
    if (named) for (const p of named) people.push({ ...p, role: 'apologies' });
  }
  if (header.chair) {
    const [chair] = parsePeopleList(header.chair);
    if (chair && !people.some((p) => p.chair)) {
      const existing = people.find((p) => p.name === chair.name && p.role === 'present');
      if (existing) existing.chair = true;
      else people.unshift({ ...chair, chair: true, role: 'present' });
    }
  }

  const hasAttendance = people.some((p) => p.role === 'present' || p.role === 'also-present' || p.role === 'apologies');
  const kind = decideKind(segment, lines, resolutionCount > 0, hasAttendance);
  // Minutes that head their attendance "Members:" list the members present.
  if (kind === 'minutes' && !people.some((p) => p.role === 'present')) {
    for (const p of people) if (p.role === 'member') p.role = 'present';
  }
  // A fragment with neither a date, a body nor items (a contact block, a list on its own) is no document.
  if (items.length === 0 && !header.date && !header.body) return null;

  // A page that lost its title (a web page's table of items) may name its body in the text.
  if (!header.body) {
    header.body = findBodyInText(segLines, 0);
    if (header.body) warnings.push(`body name "${header.body}" read from the text, not from a title`);
  }
  const bodyId = header.body && resolver ? (resolver.resolveBody(header.body)?.id ?? null) : null;
  if (!header.body) warnings.push('no body name found');
  else if (resolver && !bodyId) warnings.push(`body "${header.body}" matches no single entity of the graph`);
  if (!header.date) warnings.push('no meeting date found');
  for (const name of possiblyTwoPeople(people)) warnings.push(`"${name}" may be two people whose names ran together: check the attendance`);
  if (items.length === 0) warnings.push('no items found');
  if (resolver) mergeMentions(documentMentions, resolver.findMentions(segLines.slice(0, businessStart).map((l) => l.text).join('\n')));

  if (kind === 'minutes' && !people.some((p) => p.chair && p.role !== 'apologies')) markChairNamedInText(segLines, businessStart, people);
  // The chair is whoever chaired among those there (or, for an agenda, among the members); never an apology.
  const chairPerson = people.find((p) => p.chair && p.role !== 'apologies');
  const nextMeeting = readNextMeeting(segLines, items, header.date, 0, segLines.length);
  return {
    kind,
    body: header.body,
    bodyId,
    date: header.date,
    venue: header.venue,
    chair: chairPerson ? chairPerson.name : null,
    present: uniqueNames(people, 'present'),
    alsoPresent: uniqueNames(people, 'also-present'),
    apologies: uniqueNames(people, 'apologies'),
    members: uniqueNames(people, 'member'),
    items: extractedItems,
    duties: documentMentions.filter((m) => m.kind === 'Duty').map((m) => m.id),
    nextMeeting,
    people,
    lines: { from: segLines[0]?.n ?? 0, to: segLines.at(-1)?.n ?? 0 },
    warnings,
  };
}

/**
 * Minutes whose attendance names no chair may say who chaired in the text: "X took the Chair", "That
 * X be elected Chairman". The person is marked chair among those present, or added as present when
 * the minutes list no one present; one missing from a list of those present is not guessed in.
 */
function markChairNamedInText(lines: readonly TextLine[], from: number, people: PersonRecord[]): void {
  for (let i = from; i < lines.length; i++) {
    const named = readChairSentence(lines[i]!.text);
    const [chair] = named ? parsePeopleList(named) : [];
    if (!chair) continue;
    const present = people.filter((p) => p.role === 'present');
    const surname = (name: string): string => name.split(/\s+/).at(-1)!.toLowerCase();
    const existing = present.find((p) => surname(p.name) === surname(chair.name));
    if (existing) existing.chair = true;
    else if (present.length === 0) people.unshift({ ...chair, chair: true, role: 'present' });
    return;
  }
}

/**
 * Extracts every agenda and set of minutes in `input` (text or bytes). Never throws for bad input:
 * empty, binary, huge or unfamiliar text gives fewer documents and more warnings.
 */
export function extractMinutes(input: string | Uint8Array, options: ExtractOptions = {}): ExtractionResult {
  try {
    return extractAll(input, options);
  } catch (error) {
    // Nothing in the rules should throw; if one does, the caller still gets a result that says so.
    return { documents: [], warnings: [`the input could not be read: ${error instanceof Error ? error.message : String(error)}`] };
  }
}

function extractAll(input: string | Uint8Array, options: ExtractOptions): ExtractionResult {
  const prepared = prepareText(input);
  const warnings = [...prepared.warnings];
  if (prepared.lines.length === 0) {
    warnings.push('the input holds no text');
    return { documents: [], warnings };
  }
  const documents: ExtractedDocument[] = [];
  for (const segment of segmentDocuments(prepared.lines)) {
    if (segment.kind === 'other') continue;
    if (documents.length >= MAX_DOCUMENTS) {
      warnings.push(`only the first ${MAX_DOCUMENTS} documents were read`);
      break;
    }
    try {
      const doc = extractDocument(prepared.lines, segment, options.resolver);
      if (doc) documents.push(doc);
    } catch (error) {
      // A rule failing on odd text must not lose the other documents.
      warnings.push(`lines ${prepared.lines[segment.start]?.n ?? '?'}-${prepared.lines[segment.end - 1]?.n ?? '?'} could not be read: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (documents.length === 0) warnings.push('no agenda or minutes recognised');
  return { documents, warnings };
}

/** A paper read from disk and extracted. */
export interface ExtractedFile {
  /** The text the extraction read (a PDF's laid-out lines); `lines` of each document count in it. */
  text: string;
  /** What the file was read as. */
  format: DocumentText['format'];
  /** The extraction; the reading's warnings come first in its `warnings`. */
  extraction: ExtractionResult;
}

/**
 * Reads a paper from disk (a PDF or a text file, see {@link readDocumentFile}) and extracts it.
 * Throws INVALID_INPUT for a file that cannot be opened or a PDF that gives no text, so a command
 * stops before it writes anything.
 */
export async function extractFile(file: string, options: ExtractOptions = {}): Promise<ExtractedFile> {
  const document = await readDocumentFile(file);
  const result = extractMinutes(document.text, options);
  return { text: document.text, format: document.format, extraction: { ...result, warnings: [...document.warnings, ...result.warnings] } };
}
