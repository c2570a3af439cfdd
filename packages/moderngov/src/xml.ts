/**
 * Parsing the web service's XML (with fast-xml-parser) into {@link Committee}, {@link MeetingSummary}
 * and {@link Meeting}. The service answers `GetCommittees` with `<committees><committee>...`,
 * `GetMeetings` with `<getmeetings><committee><committeemeetings><meeting>...` and `GetMeeting` with
 * `<meeting>` holding `<attendees><attendee name=... attendance=.../>`, `<agendaitems><agendaitem>`
 * and `<linkeddocuments><linkeddoc>`. Text is double-encoded by some sites (`&amp;#39;`), so it is
 * decoded once more after parsing. An HTML page where XML was expected (a login or error page) is
 * `error-page`; anything else unreadable is `malformed-xml`.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { decodeHTML } from 'entities';
import { ModernGovError } from './errors.js';
import type { AgendaItem, Attendee, Committee, LinkedDocument, Meeting, MeetingSummary } from './types.js';

type Node = Record<string, unknown>;

const ARRAY_TAGS = new Set(['committee', 'meeting', 'attendee', 'agendaitem', 'linkeddoc']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  removeNSPrefix: true,
  processEntities: true,
  htmlEntities: true,
  isArray: (name) => ARRAY_TAGS.has(name.toLowerCase()),
  transformTagName: (name) => name.toLowerCase(),
  transformAttributeName: (name) => name.toLowerCase(),
});

/** Parses a response body, refusing HTML pages and broken XML. */
export function parseServiceXml(body: string, url: string): Node {
  const head = body.slice(0, 500).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || /<html[\s>]/.test(head)) {
    const title = /<title[^>]*>([^<]{0,200})<\/title>/i.exec(body)?.[1]?.trim();
    throw new ModernGovError('error-page', `${url}: the site answered with a web page${title ? ` ("${title}")` : ''}, not the web service's XML`, url);
  }
  const valid = XMLValidator.validate(body);
  if (valid !== true) throw new ModernGovError('malformed-xml', `${url}: the answer is not well-formed XML (line ${valid.err.line}: ${valid.err.msg})`, url);
  const parsed = parser.parse(body) as Node;
  // An .asmx GET may wrap the XML it returns as text inside <string>.
  const wrapped = parsed['string'];
  if (typeof wrapped === 'string' && wrapped.trimStart().startsWith('<')) return parseServiceXml(wrapped, url);
  if (typeof wrapped === 'object' && wrapped !== null && typeof (wrapped as Node)['#text'] === 'string') return parseServiceXml((wrapped as Node)['#text'] as string, url);
  delete parsed['?xml'];
  if (Object.keys(parsed).length === 0) throw new ModernGovError('malformed-xml', `${url}: the answer holds no XML element`, url);
  return parsed;
}

function text(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'object') return text((value as Node)['#text']);
  const s = decodeHTML(String(value)).replace(/\s+/g, ' ').trim();
  return s === '' ? null : s;
}

/** Text kept with its markup (an item's minutes are HTML). */
function html(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'object') return html((value as Node)['#text']);
  const s = String(value).trim();
  if (s === '') return null;
  // Double-encoded markup ("&lt;p&gt;") arrives as text; decode it back to markup.
  return /^&lt;|&lt;\/?[a-z]/i.test(s) ? decodeHTML(s) : s;
}

function flag(value: unknown): boolean {
  return text(value)?.toLowerCase() === 'true';
}

function list(value: unknown): Node[] {
  if (value === undefined || value === null || value === '') return [];
  return (Array.isArray(value) ? value : [value]).filter((v): v is Node => typeof v === 'object' && v !== null);
}

function child(node: unknown, ...path: string[]): unknown {
  let at: unknown = node;
  for (const key of path) {
    if (typeof at !== 'object' || at === null) return undefined;
    at = (at as Node)[key];
  }
  return at;
}

function root(parsed: Node, name: string, url: string): Node {
  const found = parsed[name];
  const node = Array.isArray(found) ? found[0] : found;
  if (typeof node === 'object' && node !== null) return node as Node;
  if (found === '') return {}; // an empty answer: <committees/>
  throw new ModernGovError('malformed-xml', `${url}: expected a <${name}> element, found <${Object.keys(parsed)[0] ?? 'nothing'}>`, url);
}

/** `dd/mm/yyyy` (the service's form) to `YYYY-MM-DD`, or null. */
export function serviceDateToIso(value: string | null): string | null {
  const m = value ? /^(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(value) : null;
  if (!m) return null;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** `YYYY-MM-DD` to the service's `dd/mm/yyyy`. */
export function isoToServiceDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

function requiredDate(value: unknown, what: string, url: string): string {
  const iso = serviceDateToIso(text(value));
  if (!iso) throw new ModernGovError('malformed-xml', `${url}: ${what} has no readable date ("${text(value) ?? ''}"; the service writes dd/mm/yyyy)`, url);
  return iso;
}

/** Committees from `GetCommittees`. */
export function parseCommittees(body: string, url: string): Committee[] {
  const committees = list(root(parseServiceXml(body, url), 'committees', url)['committee']);
  return committees.flatMap((c) => {
    const id = text(c['committeeid']);
    const title = text(c['committeetitle']);
    if (!id || !title) return [];
    return [{ id, title, category: text(c['committeecategory']), deleted: flag(c['committeedeleted']), expired: flag(c['committeeexpired']) }];
  });
}

/** Meetings from `GetMeetings` (the committee's `committeemeetings`, or `meetings` on some sites). */
export function parseMeetings(body: string, url: string, committeeId: string): MeetingSummary[] {
  const top = root(parseServiceXml(body, url), 'getmeetings', url);
  const out: MeetingSummary[] = [];
  for (const committee of list(top['committee'])) {
    const cid = text(committee['committeeid']) ?? committeeId;
    const meetings = list(child(committee, 'committeemeetings', 'meeting')).concat(list(child(committee, 'meetings', 'meeting')));
    for (const m of meetings) {
      const id = text(m['meetingid']);
      if (!id) continue;
      out.push({ id, committeeId: cid, date: requiredDate(m['meetingdate'], `meeting ${id}`, url), time: text(m['meetingtime']), status: text(m['meetingstatus']) });
    }
  }
  return out;
}

function documents(node: unknown, base: string): LinkedDocument[] {
  return list(child(node, 'linkeddoc')).flatMap((d) => {
    const href = text(d['url']);
    const title = text(d['title']) ?? text(d['documenttitle']);
    if (!href) return [];
    let url: string;
    try {
      url = new URL(href, base).toString();
    } catch {
      return [];
    }
    return [{ attachmentId: text(d['attachmentid']), title: title ?? url, url, restricted: flag(d['isrestricted']), publicationDate: serviceDateToIso(text(d['publicationdate'])) }];
  });
}

function attendees(node: unknown): Attendee[] {
  return list(child(node, 'attendee')).flatMap((a) => {
    const name = text(a['name']) ?? text(a['fullusername']);
    if (!name) return [];
    return [{ memberId: text(a['memberid']), name, role: text(a['roledescription']), attendance: text(a['attendance']), representing: text(a['representing']) }];
  });
}

/** One meeting from `GetMeeting`; `base` resolves relative document links. */
export function parseMeeting(body: string, url: string, base: string): Meeting {
  const m = root(parseServiceXml(body, url), 'meeting', url);
  const id = text(m['meetingid']);
  if (!id) throw new ModernGovError('malformed-xml', `${url}: the meeting has no <meetingid>`, url);
  const items: AgendaItem[] = list(child(m, 'agendaitems', 'agendaitem')).map((item) => ({
    id: text(item['agendaitemid']) ?? '',
    number: text(item['fulldisplaynumberformat'])?.replace(/\.$/, '') ?? text(item['agendaitemnumber']),
    title: text(item['agendaitemtitle']) ?? '',
    minutesHtml: html(item['minutesnonemptyhtmlbody']),
    restricted: flag(item['isrestricted']),
    documents: documents(item['linkeddocuments'], base),
  }));
  return {
    id,
    committeeId: text(m['committeeid']),
    committeeTitle: text(m['committeetitle']),
    date: requiredDate(m['meetingdate'], `meeting ${id}`, url),
    time: text(m['meetingtime']),
    location: text(m['meetinglocation']),
    status: text(m['meetingstatus']),
    agendaPublished: flag(m['agendapublished']),
    minutesPublished: flag(m['minutepublished']) || flag(m['minutespublished']),
    attendees: attendees(m['attendees']),
    items,
    documents: documents(m['linkeddocuments'], base),
  };
}
