/**
 * People as minutes write them: "Councillor Hardy (in the Chair)", "Superintendent Dawn McNally",
 * "Sue Holden, Sefton CVS", "Councillors John Sayers and Shaw", "Chris White – Locality Manager".
 * Titles are kept apart from names; an organisation or role in brackets, after a dash or after a
 * comma becomes the affiliation.
 */
import { GIVEN_NAMES, ORGANISATION_WORDS, TITLES } from './names-lexicon.js';

/** One person read from text. */
export interface ParsedPerson {
  name: string;
  title?: string | undefined;
  affiliation?: string | undefined;
  chair?: boolean | undefined;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const TITLE_RE_CI = new RegExp(
  `^(${TITLES.filter((t) => !t.caseSensitive).map((t) => escape(t.form)).join('|')})(?:\\.|\\b)\\s*`,
  'i',
);
const TITLE_RE_CS = new RegExp(`^(${TITLES.filter((t) => t.caseSensitive).map((t) => escape(t.form)).join('|')})\\b\\.?\\s*`);
const CHAIR_RE = /^(?:in\s+the\s+)?(?:chair(?:man|person|woman)?|chaired)$/i;
const NAME_TOKEN_RE = /^(?:[A-Z\u00C0-\u00DE][\p{L}'’-]*\.?|[A-Z]\.|Mc[A-Z][\p{L}'’-]*|O['’][A-Z][\p{L}-]*)$/u;
const PARTICLES = new Set(['de', 'da', 'del', 'della', 'van', 'von', 'der', 'den', 'la', 'le', 'du', 'di', 'bin', 'al', 'ter', 'ten', 'st']);

/** A recognised title at the start of `text`. */
function matchTitle(text: string): { title: string; plural: boolean; length: number } | null {
  const m = TITLE_RE_CS.exec(text) ?? TITLE_RE_CI.exec(text);
  if (!m) return null;
  const written = m[1]!.replace(/\s+/g, ' ').toLowerCase();
  const entry = TITLES.find((t) => t.form.toLowerCase() === written);
  if (!entry) return null;
  // A title must be followed by a name, not end the text or be the name ("Miss" alone).
  if (m[0].length >= text.length) return null;
  return { title: entry.canonical, plural: entry.plural === true, length: m[0].length };
}

/** Splits leading titles off a name: "Councillor Dr Jane Roe" -> title "Councillor Dr", rest "Jane Roe". */
export function splitTitle(text: string): { title?: string; plural: boolean; rest: string } {
  let rest = text.trim();
  const titles: string[] = [];
  let plural = false;
  for (let i = 0; i < 3; i++) {
    const t = matchTitle(rest);
    if (!t) break;
    titles.push(t.title);
    plural ||= t.plural;
    rest = rest.slice(t.length).trim();
  }
  return titles.length > 0 ? { title: titles.join(' '), plural, rest } : { plural, rest };
}

/** True when `text` reads as a personal name (no title): 1-5 capitalised tokens, no organisation words or acronyms. */
export function looksLikeName(text: string): boolean {
  if (text.length === 0 || text.length > 60 || /\d/.test(text)) return false;
  const tokens = text.split(/\s+/);
  if (tokens.length > 5) return false;
  const allCaps = text === text.toUpperCase();
  // A lone capitalised token without vowels or of three letters is an acronym (MFRS, NHS), not a surname.
  if (allCaps && tokens.length === 1 && (tokens[0]!.length <= 3 || !/[AEIOUY]/.test(tokens[0]!))) return false;
  let words = 0;
  for (const [i, token] of tokens.entries()) {
    const bare = token.replace(/[.'’]/g, '').toLowerCase();
    if (i > 0 && i < tokens.length - 1 && PARTICLES.has(token.toLowerCase())) continue;
    if (ORGANISATION_WORDS.has(bare)) return false;
    if (allCaps) {
      if (!/^[\p{Lu}][\p{Lu}'’.-]*$/u.test(token)) return false;
    } else {
      if (!NAME_TOKEN_RE.test(token)) return false;
      if (token.length >= 2 && /^[\p{Lu}]+$/u.test(token)) return false; // an acronym: CVS, NHS
    }
    words++;
  }
  return words > 0;
}

/** True when the name starts with a known given name or an initial (a hint that it is a person). */
export function startsWithGivenName(name: string): boolean {
  const first = name.split(/\s+/)[0] ?? '';
  const bare = first.replace(/[.'’]/g, '').toLowerCase();
  return GIVEN_NAMES.has(bare) || /^[A-Z]\.?$/.test(first);
}

function tidy(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/^(?:and|&)\s+/i, '')
    .replace(/\s+(?:and|&)$/i, '')
    .replace(/^[\s,;:.\-–—]+|[\s,;:\-–—]+$/g, '')
    .replace(/\.$/, (dot, offset: number, s: string) => (/\b[A-Z]\.$/.test(s.slice(0, offset + 1)) ? dot : ''))
    .trim();
}

/** An acronym of an agency ("CVS", "OPCC", "WSFRS"). */
const ACRONYM_RE = /^[\p{Lu}&]{2,7}$/u;

/** Whether words name an agency: one of them is an organisation word or an acronym. */
function namesAgency(words: readonly string[]): boolean {
  return words.some((w) => ORGANISATION_WORDS.has(w.replace(/[.'’,]/g, '').toLowerCase()) || (ACRONYM_RE.test(w) && matchTitle(`${w} X`) === null));
}

/**
 * A name followed by its agency with no separator between ("Sue Holden Sefton CVS", "Cllr Ann Lee
 * Westcombe District Council"): the name is two words (three with a middle initial), begun by a
 * known given name unless a title stands before it, and the words after it name an agency.
 */
function splitNameFromAgency(text: string, titled: boolean): { name: string; agency: string } | null {
  const words = text.split(/\s+/);
  const k = /^[A-Z]\.?$/.test(words[1] ?? '') ? 3 : 2;
  if (words.length <= k) return null;
  const name = words.slice(0, k).join(' ');
  const agency = words.slice(k);
  if (!looksLikeName(name) || (!titled && !startsWithGivenName(name)) || !namesAgency(agency) || looksLikeName(agency.join(' '))) return null;
  return { name, agency: agency.join(' ') };
}

/** Reads one person ("Councillor Hardy (in the Chair)", "Chris White – Manager"), or null when it is not a person. */
export function parsePerson(text: string): (ParsedPerson & { plural: boolean }) | null {
  let s = tidy(text);
  if (s === '' || s.length > 160) return null;
  const affiliations: string[] = [];
  let chair = false;
  s = s.replace(/\(([^()]{0,120})\)/g, (_all, inner: string) => {
    const v = inner.trim();
    if (CHAIR_RE.test(v)) chair = true;
    else if (v) affiliations.push(v);
    return ' ';
  });
  s = s.replace(/[()]/g, ' ');
  const dash = /\s[-–—]\s|\s[–—]|[–—]\s/.exec(s);
  if (dash) {
    affiliations.push(tidy(s.slice(dash.index + dash[0].length)));
    s = s.slice(0, dash.index);
  }
  const comma = s.indexOf(',');
  if (comma >= 0) {
    affiliations.push(tidy(s.slice(comma + 1)));
    s = s.slice(0, comma);
  }
  // Honours after a name are not part of it: "Jane Roe QPM", "Sam Hill OBE".
  s = s.replace(/\s+(?:OBE|MBE|CBE|QPM|KPM|QFSM|BEM|DL|JP|MP|KC|QC|PhD)\b\.?/g, ' ');
  const { title, plural, rest } = splitTitle(tidy(s));
  let name = tidy(rest);
  if (!looksLikeName(name)) {
    // "Sue Holden Sefton CVS": a flat line of name and agency without a separator.
    const split = splitNameFromAgency(name, title !== undefined);
    if (!split) return null;
    name = split.name;
    affiliations.unshift(split.agency);
  }
  // "X – Chair", "X, Chairman": the role is the chair, not an affiliation.
  const roles = affiliations.filter(Boolean);
  if (roles.some((a) => CHAIR_RE.test(a))) chair = true;
  const affiliation = roles.filter((a) => !CHAIR_RE.test(a)).join(', ') || undefined;
  return { name, title, affiliation, chair: chair || undefined, plural };
}

/** Splits a list at commas, semicolons, slashes, line breaks, "and" and "&" outside brackets, keeping the separators. */
function splitList(text: string): { chunk: string; separator: string }[] {
  const out: { chunk: string; separator: string }[] = [];
  let depth = 0;
  let start = 0;
  let pendingSeparator = '';
  const lower = text.toLowerCase();
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    if (depth > 0) continue;
    let sepLength = 0;
    if (c === ',' || c === ';' || c === '/' || c === '\n' || c === '|' || c === '\t') sepLength = 1;
    else if (c === ' ' && lower.startsWith(' and ', i)) sepLength = 5;
    else if (c === ' ' && lower.startsWith(' & ', i)) sepLength = 3;
    if (sepLength === 0) continue;
    out.push({ chunk: text.slice(start, i), separator: pendingSeparator });
    pendingSeparator = text.slice(i, i + sepLength);
    start = i + sepLength;
    i += sepLength - 1;
  }
  out.push({ chunk: text.slice(start), separator: pendingSeparator });
  return out.filter((c) => c.chunk.trim() !== '');
}

/** Whether `text` is surely a person by itself: a title, or a known given name and a surname. */
function isStrongPerson(text: string): boolean {
  const p = parsePerson(text);
  return p !== null && (p.title !== undefined || (p.name.includes(' ') && startsWithGivenName(p.name)));
}

/**
 * Splits two people run together in one chunk where the separator was lost: after a closing
 * bracket ("Tricia Davies (Head of Education)Sue Holden (Sefton CVS)"), after an agency, before a
 * second title ("Cllr Ann Lee Cllr Raj Patel"), or between two untitled two-word names each begun
 * by a known given name ("Mark Neate Priya Sarkaria"), when what follows is surely a person.
 */
function splitRunTogether(chunks: { chunk: string; separator: string }[]): { chunk: string; separator: string }[] {
  const out: { chunk: string; separator: string }[] = [];
  for (const c of chunks) {
    let rest = c.chunk;
    let separator = c.separator;
    for (let guard = 0; guard < 10; guard++) {
      const cut = runTogetherCut(rest);
      if (cut < 0) break;
      out.push({ chunk: rest.slice(0, cut), separator });
      rest = rest.slice(cut);
      separator = ' ';
    }
    out.push({ chunk: rest, separator });
  }
  return out;
}

/** Where a second person starts inside `text`, or -1. */
function runTogetherCut(text: string): number {
  const bracket = /\)\s*(?=\p{Lu})/gu;
  for (let m = bracket.exec(text); m; m = bracket.exec(text)) {
    const at = m.index + m[0].length;
    const before = text.slice(0, at);
    // Only at bracket depth 0 (the bracket closed is the last one opened).
    if ((before.match(/\(/g)?.length ?? 0) !== (before.match(/\)/g)?.length ?? 0)) continue;
    const after = text.slice(at);
    const nextBracket = after.search(/\s*\(/);
    const head = nextBracket > 0 ? after.slice(0, nextBracket) : after;
    // No space after the bracket is itself a sign of a lost separator: a full name is enough.
    const glued = m[0] === ')';
    const person = glued ? parsePerson(head) : null;
    if (isStrongPerson(head) || (person !== null && person.name.includes(' '))) return at;
  }
  // A person after an agency: "Sefton Council John Doe" (an agency word or acronym, then a given name and a surname).
  const tokens = [...text.matchAll(/\S+/g)];
  for (let k = 1; k < tokens.length - 1; k++) {
    const at = tokens[k]!.index!;
    if (!namesAgency([tokens[k - 1]![0]])) continue;
    const next = tokens.slice(k, k + (/^[A-Z]\.?$/.test(tokens[k + 1]?.[0] ?? '') ? 3 : 2)).map((t) => t[0].replace(/[,(].*$/, ''));
    const named = next.join(' ');
    if (next.length >= 2 && isStrongPerson(named) && parsePerson(named)?.title === undefined) return at;
  }
  // Two untitled people with nothing between them: "Mark Neate Priya Sarkaria" (four words, the
  // first and third known given names, the second and fourth not), never "Mary Ann Lee Jones".
  const bare = text.replace(/\s*\(.*$/, '');
  const four = [...bare.matchAll(/\S+/g)];
  if (four.length === 4 && splitTitle(bare).title === undefined) {
    const given = four.map((t) => startsWithGivenName(t[0]) && !/^[A-Z]\.?$/.test(t[0]));
    const first = four.slice(0, 2).map((t) => t[0]).join(' ');
    const second = four.slice(2).map((t) => t[0]).join(' ');
    if (given[0] && !given[1] && given[2] && !given[3] && looksLikeName(first) && looksLikeName(second)) return four[2]!.index!;
  }
  // A title after a name: "Cllr Ann Lee Cllr Raj Patel".
  const words = [...text.matchAll(/\S+/g)];
  for (let k = 2; k < words.length - 1; k++) {
    const at = words[k]!.index!;
    const after = text.slice(at);
    const title = splitTitle(after);
    if (!title.title || title.plural || title.rest === '') continue;
    if (parsePerson(text.slice(0, at)) !== null && isStrongPerson(after.replace(/\s*\(.*$/, ''))) return at;
  }
  return -1;
}

/**
 * Reads a list of people: "Councillor Carla Thomas, Sue Holden and Andrea Watts",
 * "Councillors John Sayers and Shaw", "Michelle Stoops, Service Manager, Changing Lives".
 * A chunk that is not a name is the affiliation of the person before it.
 */
export function parsePeopleList(text: string): ParsedPerson[] {
  const people: ParsedPerson[] = [];
  // A column label such as "Councillor:" names no one.
  let body = text.replace(/^\s*(?:councillors?|cllrs?|members?|officers?|partners?)\s*:\s*/i, '');
  body = body.replace(/\s+/g, ' ').trim().replace(/[.;]$/, '');
  if (body === '' || body.length > 5_000) return people;
  let distributed: string | undefined;
  let previousWasAffiliation = false;
  for (const { chunk, separator } of splitRunTogether(splitList(body))) {
    const person = parsePerson(chunk);
    const isPerson =
      person !== null &&
      (person.title !== undefined || !previousWasAffiliation || startsWithGivenName(person.name) || !person.name.includes(' '));
    if (person && isPerson) {
      if (person.title && person.plural) distributed = person.title;
      else if (person.title) distributed = undefined;
      const title = person.title ?? distributed;
      people.push({ name: person.name, title, affiliation: person.affiliation, chair: person.chair });
      previousWasAffiliation = false;
      continue;
    }
    const last = people.at(-1);
    const words = tidy(chunk);
    if (last && words && CHAIR_RE.test(words)) last.chair = true;
    else if (last && words) {
      const joiner = separator.trim() === '' ? ' ' : separator.trim() === ',' || separator === '\n' ? ', ' : ` ${separator.trim()} `;
      last.affiliation = last.affiliation ? `${last.affiliation}${joiner}${words}` : words;
      const chairHere = /\(\s*(?:in\s+the\s+)?chair/i.test(chunk);
      if (chairHere) last.chair = true;
    }
    distributed = undefined;
    previousWasAffiliation = true;
  }
  return people;
}

/** True when a line is nothing but people (so it can be read as an attendance line, not a heading). */
export function isPeopleLine(text: string, { strict }: { strict: boolean }): boolean {
  const chunks = splitList(text.replace(/[.;]$/, ''));
  if (chunks.length === 0) return false;
  let persons = 0;
  for (const { chunk } of chunks) {
    const p = parsePerson(chunk);
    if (!p) return false;
    if (strict && !p.title && p.name.includes(' ') && !startsWithGivenName(p.name)) return false;
    persons++;
  }
  return persons > 0;
}
