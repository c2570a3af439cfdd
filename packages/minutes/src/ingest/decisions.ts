/**
 * What a resolution decides about governance, read from its words: a body created (set up,
 * established), a lead designated, a sub-group or a reporting line agreed, bodies merged, a body
 * renamed or ended. Each reading names the bodies by reference (a graph entity, the meeting's own
 * body when the text says "the Partnership", or a new body's name as written); ingestion turns
 * readings into proposed facts that are written only when accepted. A resolution that reads as a
 * decision but names something the graph does not hold is returned as `unresolved`, so it is
 * reported rather than dropped.
 */
import type { EntityResolver } from '../resolver.js';

/** A body, organisation or other entity a resolution names. */
export interface DecisionRef {
  /** The graph id, or null for a body the resolution creates (not in the graph yet). */
  id: string | null;
  /** The name as written. */
  name: string;
  start: number;
  end: number;
}

/** What a resolution decides. */
export type DecisionKind = 'create' | 'lead' | 'sub-group' | 'reporting-line' | 'merge' | 'rename' | 'end';

/** One decision read from a resolution. */
export interface DecisionReading {
  kind: DecisionKind;
  /** What the decision is about: the body created, the lead, the sub-group, the body reporting, the bodies merged, renamed or ended. */
  subjects: DecisionRef[];
  /** The parent, the body reported to, what is led, or the successor of a merge or rename. */
  object?: DecisionRef | undefined;
}

/** The readings of one resolution, and what it names that the graph does not hold. */
export interface ResolutionReading {
  decisions: DecisionReading[];
  /** A decision verb was found but a name it needs is not in the graph (as written). */
  unresolved: string[];
}

/** The words that end a body's name, and the body type a new body of that name gets. */
const BODY_WORD_TYPES: readonly [RegExp, string][] = [
  [/task(?:\s+and\s+|\s*&\s*)finish\s+group$/i, 'task-and-finish-group'],
  [/sub-?\s?group$/i, 'sub-group'],
  [/panel$/i, 'panel'],
  [/forum$/i, 'forum'],
  [/board$/i, 'board'],
  [/partnership$/i, 'partnership'],
  [/committee$/i, 'committee'],
  [/group$/i, 'sub-group'],
];

/** The body type a new body's name implies (its last words), or null when it names no kind of body. */
export function bodyTypeFromName(name: string): string | null {
  for (const [re, type] of BODY_WORD_TYPES) if (re.test(name)) return type;
  return null;
}

// A new body's name: capitalised words (with "and", "of", "for", "&" between them) ending in a body word.
const NEW_BODY_RE =
  /\b((?:[A-Z][\p{L}'’-]*|[A-Z]{2,})(?:\s+(?:(?:and|of|for|on|&)\s+)?(?:[A-Z][\p{L}'’-]*|[A-Z]{2,}))*\s+(?:Task\s+(?:and|&)\s+Finish\s+Group|Sub-?\s?[Gg]roup|Group|Board|Panel|Forum|Partnership|Committee))\b/gu;
// The meeting's own body, as minutes write it.
const OWN_BODY_RE = /\b(?:[Tt]he|[Tt]his)\s+(?:Partnership|Board|Committee|Group|Panel|Forum)\b/g;
const BODY_WORD_END_RE = /\b(?:Group|Board|Panel|Forum|Partnership|Committee)$/;
const LEADING_ARTICLE_RE = /^(?:That|The|A|An|This|It)\s+/;

interface VerbRule {
  kind: DecisionKind;
  re: RegExp;
}

const VERBS: readonly VerbRule[] = [
  { kind: 'create', re: /\b(?:be|is|was|were|are|being|been)\s+(?:now\s+)?(?:established|set\s+up|created|formed|convened)\b|\b(?:establish(?:ment\s+of)?|set\s+up|creat(?:e|ion\s+of)|form(?:ation\s+of)?)\s+(?:a|an|the)\b/gi },
  { kind: 'sub-group', re: /\b(?:as|become|becomes|be|is|was)\s+(?:a\s+)?sub-?\s?group\s+of\b/gi },
  // Not "a report to", "its annual report to": a paper sent once is not a standing reporting line.
  { kind: 'reporting-line', re: /(?<!(?:\b(?:a|an|the|its|their|his|her|annual|quarterly|this|written|verbal|progress|final|interim)|['’]s)\s)\b(?:report(?:s|ing)?|be\s+accountable|accountable|answerable)\s+(?:(?:directly|formally|quarterly|annually|regularly|back)\s+)*(?:in)?to\b/gi },
  {
    kind: 'lead',
    re: /\b(?:be|is|was|as|to\s+be)\s+(?:(?:designated|appointed|nominated|confirmed|agreed)\s+(?:as\s+)?)?(?:the\s+)?lead(?:\s+(?:agency|organisation|body|partner|officer))?\s+(?:for|on)\b|\btake(?:s)?\s+(?:the\s+)?lead\s+(?:on|for)\b|\b(?:to|will|would|should)\s+lead\s+(?:on|for)\b/gi,
  },
  { kind: 'merge', re: /\b(?:be|are|were|was|is|to\s+be)\s+merged\b|\bmerg(?:e|er\s+of|ing)\s+(?:the\s+)?/gi },
  { kind: 'rename', re: /\b(?:be|is|was|to\s+be)\s+renamed\b|\brenam(?:e|ing)\s+(?:the\s+)?|\b(?:be|is)\s+(?:now\s+)?known\s+as\b/gi },
  { kind: 'end', re: /\b(?:be|is|was|were|to\s+be|will\s+be|would\s+be)\s+(?:disbanded|dissolved|stood\s+down|wound\s+up|discontinued|decommissioned|closed)\b|\b(?:will|would|to|should)?\s*(?:cease\s+to\s+(?:meet|exist)|no\s+longer\s+meet)\b|\b(?:disband|dissolve|stand\s+down|wind\s+up)\s+(?:the\s+)?/gi },
];

/** Every body or entity reference in `text`, in order, longest first where two overlap. */
function findRefs(text: string, resolver: EntityResolver, ownBody: { id: string; name: string }): DecisionRef[] {
  const refs: DecisionRef[] = [];
  for (const m of resolver.findMentions(text)) {
    for (let at = text.indexOf(m.text); at >= 0; at = text.indexOf(m.text, at + m.text.length)) refs.push({ id: m.id, name: m.text, start: at, end: at + m.text.length });
  }
  for (const m of text.matchAll(OWN_BODY_RE)) refs.push({ id: ownBody.id, name: m[0], start: m.index, end: m.index + m[0].length });
  for (const m of text.matchAll(NEW_BODY_RE)) {
    let name = m[1]!;
    let start = m.index + (m[0].length - m[1]!.length);
    const lead = LEADING_ARTICLE_RE.exec(name);
    if (lead) {
      name = name.slice(lead[0].length);
      start += lead[0].length;
    }
    // "X Group and Y Group" is two bodies ("Task and Finish Group" is one).
    for (const part of splitBodies(name)) {
      const at = start + part.offset;
      if (!/\s/.test(part.name)) continue; // a body word alone ("Partnership") is the meeting's own body or nothing
      const resolved = resolver.resolveBody(part.name);
      refs.push({ id: resolved?.id ?? null, name: part.name, start: at, end: at + part.name.length });
    }
  }
  // Keep the longest reference where several overlap (a known name inside a new one's words).
  refs.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const out: DecisionRef[] = [];
  for (const r of refs) {
    const last = out.at(-1);
    if (last && r.start < last.end) {
      if (r.end - r.start > last.end - last.start) out[out.length - 1] = r;
      continue;
    }
    out.push(r);
  }
  return out;
}

function splitBodies(name: string): { name: string; offset: number }[] {
  const out: { name: string; offset: number }[] = [];
  let offset = 0;
  const joiner = /\s+(?:and|&)\s+/g;
  for (const m of name.matchAll(joiner)) {
    const left = name.slice(offset, m.index);
    if (BODY_WORD_END_RE.test(left) && !/Task$/.test(left)) {
      out.push({ name: left, offset });
      offset = m.index + m[0].length;
    }
  }
  out.push({ name: name.slice(offset), offset });
  return out;
}

// Clauses: sentences, semicolons, colons, and "that" ("The Board agreed that X report to Y").
const CLAUSE_BREAK_RE = /[;:]|\.\s|\b[Tt]hat\s/;

/** The references in the clause before `at` (nearest last) and after `to` (nearest first). */
function around(text: string, refs: readonly DecisionRef[], at: number, to: number): { before: DecisionRef[]; after: DecisionRef[] } {
  const clauseStart = Math.max(...[...text.slice(0, at).matchAll(new RegExp(CLAUSE_BREAK_RE, 'g'))].map((m) => m.index + m[0].length), 0);
  const rest = text.slice(to);
  const nextBreak = rest.search(CLAUSE_BREAK_RE);
  const clauseEnd = nextBreak < 0 ? text.length : to + nextBreak;
  return {
    before: refs.filter((r) => r.end <= at && r.start >= clauseStart),
    after: refs.filter((r) => r.start >= to && r.end <= clauseEnd),
  };
}

/** Reads the governance decisions in one resolution. `ownBody` is the body whose meeting it is. */
export function readDecisions(text: string, resolver: EntityResolver, ownBody: { id: string; name: string }): ResolutionReading {
  const refs = findRefs(text, resolver, ownBody);
  const decisions: DecisionReading[] = [];
  const unresolved: string[] = [];
  const known = (r: DecisionRef | undefined): r is DecisionRef & { id: string } => r !== undefined && r.id !== null;
  for (const { kind, re } of VERBS) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const { before, after } = around(text, refs, m.index, m.index + m[0].length);
      // The subject starts its clause ("That X be established as a sub-group of Y, reporting to Y").
      const subject = before[0];
      const object = after[0];
      switch (kind) {
        case 'create': {
          // "X be established" (X before) or "establish a X" (X after).
          const created = /^\s*(?:be|is|was|were|are|being|been)\b/i.test(m[0]) ? subject : object;
          if (created && created.id === null && bodyTypeFromName(created.name)) decisions.push({ kind, subjects: [created] });
          else if (!created) unresolved.push('the body to be created');
          break;
        }
        case 'sub-group':
        case 'reporting-line': {
          if (subject && known(object) && subject.id !== object.id) decisions.push({ kind, subjects: [subject], object });
          else if (subject && object && !known(object)) unresolved.push(object.name);
          break;
        }
        case 'lead': {
          const led = after.find((r) => r.id !== ownBody.id || r === object) ?? object;
          if (known(subject) && known(led) && subject.id !== led.id) decisions.push({ kind, subjects: [subject], object: led });
          else if (subject && !known(subject)) unresolved.push(subject.name);
          else if (led && !known(led)) unresolved.push(led.name);
          break;
        }
        case 'merge': {
          // "X and Y be merged (into|to form Z)" or "merge X and|with Y (into|to form Z)".
          const passive = /^\s*(?:be|are|were|was|is|to)\b/i.test(m[0]);
          const merged = passive ? before.slice(-2) : after.slice(0, 2);
          const tail = passive ? after : after.slice(2);
          const intoMatch = /\b(?:into|to\s+form|to\s+create|as|with)\s+(?:a\s+|an\s+|the\s+|one\s+)?/i.exec(text.slice(m.index + m[0].length));
          const successor = intoMatch ? tail.find((r) => r.start >= m.index + m[0].length + intoMatch.index) : undefined;
          if (passive && merged.length === 1 && successor && /\binto|with\b/i.test(intoMatch![0])) {
            // "X be merged into Y": Y succeeds X.
            if (known(merged[0]) && known(successor)) decisions.push({ kind, subjects: [merged[0]!], object: successor });
          } else if (merged.length === 2 && merged.every(known) && successor && successor.id !== merged[0]!.id && successor.id !== merged[1]!.id) {
            decisions.push({ kind, subjects: merged, object: successor });
          } else if (merged.some((r) => !known(r))) unresolved.push(...merged.filter((r) => !known(r)).map((r) => r.name));
          break;
        }
        case 'rename': {
          const passive = /^\s*(?:be|is|was|to)\b/i.test(m[0]);
          const renamed = passive ? subject : object;
          const newName = passive ? object : after[1];
          if (known(renamed) && newName && newName.id === null && bodyTypeFromName(newName.name)) decisions.push({ kind, subjects: [renamed], object: newName });
          else if (renamed && !known(renamed)) unresolved.push(renamed.name);
          break;
        }
        case 'end': {
          const active = /^\s*(?:disband|dissolve|stand|wind)/i.test(m[0]);
          const ended = active ? object : subject;
          if (known(ended)) decisions.push({ kind, subjects: [ended] });
          else if (ended) unresolved.push(ended.name);
          break;
        }
      }
    }
  }
  // A body created "reporting to"/"as a sub-group of" another is read twice: once created, once linked.
  // A merger "to form" a new body, or a rename, creates its successor itself.
  const successors = new Set(decisions.filter((d) => (d.kind === 'merge' || d.kind === 'rename') && d.object?.id === null).map((d) => d.object!.name));
  const kept = decisions.filter((d) => !(d.kind === 'create' && successors.has(d.subjects[0]!.name)));
  return { decisions: dedupe(kept), unresolved: [...new Set(unresolved)] };
}

function dedupe(decisions: DecisionReading[]): DecisionReading[] {
  const seen = new Set<string>();
  return decisions.filter((d) => {
    const key = `${d.kind}:${d.subjects.map((s) => `${s.id ?? s.name}`).join('+')}>${d.object ? (d.object.id ?? d.object.name) : ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
