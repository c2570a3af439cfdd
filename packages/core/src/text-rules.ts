/**
 * What text govgraph accepts, checked where a write enters (seeds, edits, ingestion and every
 * store's own write check), so that nothing stored can break a later read: a lone surrogate that
 * Neo4j would silently turn into U+FFFD (and the fact's version with it), a NUL that Graphviz
 * chokes on, a right-to-left override that makes one id look like another, a megabyte-long name, a
 * link whose id names another pair of entities, a `javascript:` URL that a browser would run.
 *
 * Pure functions with no store or schema behind them: the zod schemas of the ontology, the seed
 * checks and both stores call the same rules, so every way in refuses the same things.
 */
import { LINK_KINDS, type LinkKind } from './ontology.js';

/** Longest entity id, link `key` or chosen link id, in UTF-16 code units. */
export const MAX_ID_LENGTH = 200;
/** Longest free text (a name, note, description, quote, URL, ...), in UTF-16 code units. */
export const MAX_TEXT_LENGTH = 20_000;

/** How an entity id is spelt: kebab-case, lower-case letters, digits and hyphens. */
export const ENTITY_ID_PATTERN = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;

/**
 * Why a text was refused:
 * - `malformed-unicode`: a lone surrogate (not well-formed UTF-16, so not storable as UTF-8);
 * - `control-character`: a C0 or C1 control (NUL, escape, ...); free text may hold tab and newlines;
 * - `bidi-control`: a bidirectional embedding, override or isolate, which reorders what is displayed;
 * - `invisible-character`: in an id, whitespace or a format character (zero-width space, BOM, ...);
 * - `too-long`: past {@link MAX_ID_LENGTH} or {@link MAX_TEXT_LENGTH};
 * - `empty`: an id or text with nothing in it;
 * - `id-format`: an entity id that is not kebab-case;
 * - `link-id-mismatch`: a link id of the derived form `KIND:from->to` that names another kind or pair;
 * - `url-scheme`: a URL that is not http(s).
 */
export const TEXT_PROBLEM_CODES = [
  'malformed-unicode',
  'control-character',
  'bidi-control',
  'invisible-character',
  'too-long',
  'empty',
  'id-format',
  'link-id-mismatch',
  'url-scheme',
] as const;
/** One of {@link TEXT_PROBLEM_CODES}. */
export type TextProblemCode = (typeof TEXT_PROBLEM_CODES)[number];

/** A refused text: which rule, and a message saying what to write instead. */
export interface TextRuleViolation {
  code: TextProblemCode;
  message: string;
}

/** A refused text inside a fact, at a field path such as `['names', 0, 'name']`. */
export interface TextProblem extends TextRuleViolation {
  path: (string | number)[];
}

/** A kind of character a text may not hold, and how a refusal names it. */
interface CharacterRule {
  pattern: RegExp;
  code: TextProblemCode;
  /** What the text holds, e.g. "the control character" (the code point follows, e.g. U+0000). */
  holds: string;
}

// With the u flag a surrogate only matches \p{Cs} when it is not half of a pair.
const LONE_SURROGATE: CharacterRule = { pattern: /\p{Cs}/u, code: 'malformed-unicode', holds: 'a lone surrogate (malformed UTF-16; send well-formed Unicode):' };
// C0 and C1 controls and DEL, except tab, line feed and carriage return.
const TEXT_CONTROL: CharacterRule = { pattern: /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/, code: 'control-character', holds: 'the control character' };
// Embeddings, overrides (U+202A-U+202E) and isolates (U+2066-U+2069); the marks LRM/RLM/ALM stay allowed in text.
const BIDI_CONTROL: CharacterRule = { pattern: /[\u202A-\u202E\u2066-\u2069]/, code: 'bidi-control', holds: 'the bidirectional control (it reorders how text is displayed)' };
const ANY_CONTROL: CharacterRule = { ...TEXT_CONTROL, pattern: /\p{Cc}/u };
// Format characters (zero-width, BOM, soft hyphen, bidi marks) and every kind of space or separator.
const INVISIBLE: CharacterRule = { pattern: /[\p{Cf}\p{Z}]/u, code: 'invisible-character', holds: 'the invisible or space character' };

const TEXT_CHARACTER_RULES = [LONE_SURROGATE, TEXT_CONTROL, BIDI_CONTROL];
const ID_CHARACTER_RULES = [LONE_SURROGATE, ANY_CONTROL, BIDI_CONTROL, INVISIBLE];

/** The first rule `text` breaks: its length (1..max), then each character rule in turn. */
function firstViolation(text: string, max: number, rules: readonly CharacterRule[], what: string): TextRuleViolation | undefined {
  if (text.length === 0) return { code: 'empty', message: `${what} is empty` };
  if (text.length > max) return { code: 'too-long', message: `${what} is ${text.length} characters long; at most ${max} are allowed` };
  for (const rule of rules) {
    const found = rule.pattern.exec(text)?.[0];
    if (found === undefined) continue;
    const codePoint = `U+${found.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
    return { code: rule.code, message: `${what} holds ${rule.holds} ${codePoint}` };
  }
  return undefined;
}

/**
 * Whether `text` may be stored as free text (a name, note, description, quote, ...): well-formed
 * Unicode, no control characters but tab and newlines, no bidirectional overrides, at most
 * {@link MAX_TEXT_LENGTH} long and not empty. Returns the first rule broken, or undefined.
 */
export function checkText(text: string, what = 'the text'): TextRuleViolation | undefined {
  return firstViolation(text, MAX_TEXT_LENGTH, TEXT_CHARACTER_RULES, what);
}

/**
 * Whether `id` may name a fact (a link's chosen id or `key`, a required output's id, ...): the
 * rules of {@link checkText} with no control characters at all, no whitespace or invisible
 * characters (two ids that look the same must be the same), and at most {@link MAX_ID_LENGTH} long.
 */
export function checkIdText(id: string, what = 'the id'): TextRuleViolation | undefined {
  return firstViolation(id, MAX_ID_LENGTH, ID_CHARACTER_RULES, what);
}

/** Whether `id` may be an entity id: {@link checkIdText} and kebab-case ({@link ENTITY_ID_PATTERN}). */
export function checkEntityId(id: string, what = 'the id'): TextRuleViolation | undefined {
  const text = checkIdText(id, what);
  if (text) return text;
  if (!ENTITY_ID_PATTERN.test(id)) return { code: 'id-format', message: `${what} "${id}" is not kebab-case (lower-case letters, digits and hyphens)` };
  return undefined;
}

// Built on first use: the ontology imports this module for its schemas, so LINK_KINDS is not yet
// initialised while this module loads.
let kindPrefix: RegExp | undefined;
function startsWithLinkKind(id: string): boolean {
  kindPrefix ??= new RegExp(`^(${LINK_KINDS.join('|')}):`);
  return kindPrefix.test(id);
}

/**
 * Whether a link's id fits the link. An id of the derived form (`KIND:from->to`, or with `#key`)
 * must name this link's own kind and ends, so nobody can take the id the genuine link between two
 * other entities would get; any other id must not start with a link kind and a colon (that form is
 * reserved). The id also follows {@link checkIdText}, except that a derived id may be as long as
 * its parts make it.
 */
export function checkLinkId(link: { id: string; kind: LinkKind; from: string; to: string }, what = 'the link id'): TextRuleViolation | undefined {
  const derived = `${link.kind}:${link.from}->${link.to}`;
  if (link.id === derived) return undefined;
  if (link.id.startsWith(`${derived}#`)) return checkIdText(link.id.slice(derived.length + 1), `the key in ${what}`);
  const text = checkIdText(link.id, what);
  if (text) return text;
  if (startsWithLinkKind(link.id)) {
    return {
      code: 'link-id-mismatch',
      message: `${what} "${link.id}" has the form KIND:from->to but this is a ${link.kind} link from "${link.from}" to "${link.to}": leave the id out (it becomes "${derived}"), or give a "key" to tell two such links apart`,
    };
  }
  return undefined;
}

/** The schemes a Source's `url` may use: anything else (`javascript:`, `data:`, `file:`) is refused. */
export const URL_SCHEMES = ['http:', 'https:'] as const;

/** Whether `url` is an absolute http(s) URL (a Source's `url`, which the explorer puts in a link). */
export function checkUrl(url: string, what = 'the url'): TextRuleViolation | undefined {
  const text = checkText(url, what);
  if (text) return text;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { code: 'url-scheme', message: `${what} "${url}" is not an absolute URL; write it as http(s)://...` };
  }
  if (!(URL_SCHEMES as readonly string[]).includes(parsed.protocol)) {
    return { code: 'url-scheme', message: `${what} uses the scheme "${parsed.protocol}"; only http: and https: URLs are allowed` };
  }
  return undefined;
}

/**
 * Field names that hold kebab-case ids wherever they appear in a fact: link ends, `representing`,
 * cited sources, and a duty's required outputs (`attributes.requiredOutputs[i].id`).
 */
const ENTITY_ID_FIELDS: ReadonlySet<string> = new Set(['id', 'from', 'to', 'representing', 'source']);

type Rule = (text: string, what: string) => TextRuleViolation | undefined;

function walk(value: unknown, path: (string | number)[], rule: Rule, out: TextProblem[]): void {
  if (typeof value === 'string') {
    const violation = rule(value, describePath(path));
    if (violation) out.push({ path: [...path], ...violation });
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, index) => walk(item, [...path, index], rule, out));
    return;
  }
  if (value === null || typeof value !== 'object') return;
  for (const [key, field] of Object.entries(value)) {
    const keyViolation = checkIdText(key, `the field name "${key}"`);
    if (keyViolation) out.push({ path: [...path, key], ...keyViolation });
    walk(field, [...path, key], ruleFor(key), out);
  }
}

function ruleFor(key: string): Rule {
  if (ENTITY_ID_FIELDS.has(key)) return checkEntityId;
  if (key === 'url') return checkUrl;
  return checkText;
}

function describePath(path: readonly (string | number)[]): string {
  let out = '';
  for (const segment of path) out += typeof segment === 'number' ? `[${segment}]` : out === '' ? segment : `.${segment}`;
  return out === '' ? 'the value' : out;
}

/**
 * Every text rule an entity breaks, anywhere in it (attributes included): its id and the ids it
 * names are entity ids, `url` is an http(s) URL, every other string is free text. For a store's
 * own write check (`write-check.ts`), which sees facts that never went through the zod schemas.
 */
export function entityTextProblems(entity: object): TextProblem[] {
  const out: TextProblem[] = [];
  const { id, ...rest } = entity as Record<string, unknown>;
  if (typeof id === 'string') {
    const violation = checkEntityId(id, 'id');
    if (violation) out.push({ path: ['id'], ...violation });
  }
  walk(rest, [], checkText, out);
  return out;
}

/**
 * Every text rule a link breaks: its ends and `representing` are entity ids, its id fits its kind
 * and ends ({@link checkLinkId}), every other string is free text.
 */
export function linkTextProblems(link: object): TextProblem[] {
  const out: TextProblem[] = [];
  const { id, ...rest } = link as Record<string, unknown>;
  walk(rest, [], checkText, out);
  const { kind, from, to } = rest;
  if (typeof id === 'string' && typeof kind === 'string' && typeof from === 'string' && typeof to === 'string') {
    const violation = checkLinkId({ id, kind: kind as LinkKind, from, to }, 'id');
    if (violation) out.push({ path: ['id'], ...violation });
  }
  return out;
}
