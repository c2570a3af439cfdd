/**
 * Matching people named in minutes to Person entities: names, former names and aliases count,
 * titles do not ("Councillor Hardy" is "Trish Hardy"), a short given name matches its long form
 * ("Ros" / "Rosanna") and an initial matches ("J. Roe" / "Jane Roe"). More than one candidate is
 * ambiguous and reported; nothing is guessed.
 */
import type { Entity } from '@govgraph/core';
import { splitTitle } from '../rules/people.js';

/** A name split for comparison. */
interface NameKey {
  given: string[];
  surname: string;
}

function nameKey(name: string): NameKey | null {
  const { rest } = splitTitle(name);
  const tokens = rest
    .replace(/\([^)]*\)/g, ' ')
    .toLowerCase()
    .replace(/[.'’]/g, '')
    .split(/[\s,]+/)
    .filter(Boolean);
  const surname = tokens.pop();
  return surname ? { given: tokens, surname } : null;
}

function givenCompatible(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length === 1 || b.length === 1) return a[0] === b[0];
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 3 && long.startsWith(short);
}

/** How well a written name fits one of a person's names: 2 exact, 1 compatible, 0 not at all. */
function fit(written: NameKey, known: NameKey): number {
  if (written.surname !== known.surname) return 0;
  if (written.given.length === 0 || known.given.length === 0) return 1;
  const a = written.given[0]!;
  const b = known.given[0]!;
  if (a === b) return 2;
  return givenCompatible(a, b) ? 1 : 0;
}

/** The result of matching one written name. */
export type PersonMatch =
  | { status: 'matched'; entity: Entity; exact: boolean }
  | { status: 'ambiguous'; candidates: Entity[] }
  | { status: 'none' };

/** Matches `name` against `candidates` (Person entities). */
export function matchPerson(name: string, candidates: readonly Entity[]): PersonMatch {
  const written = nameKey(name);
  if (!written) return { status: 'none' };
  const scored: { entity: Entity; score: number }[] = [];
  for (const entity of candidates) {
    if (entity.kind !== 'Person') continue;
    let best = 0;
    for (const known of new Set([entity.name, ...entity.names.map((n) => n.name), ...entity.aliases])) {
      const key = nameKey(known);
      if (key) best = Math.max(best, fit(written, key));
    }
    if (best > 0) scored.push({ entity, score: best });
  }
  if (scored.length === 0) return { status: 'none' };
  const top = Math.max(...scored.map((s) => s.score));
  const best = scored.filter((s) => s.score === top).sort((a, b) => (a.entity.id < b.entity.id ? -1 : 1));
  if (best.length === 1) return { status: 'matched', entity: best[0]!.entity, exact: top === 2 };
  return { status: 'ambiguous', candidates: best.map((s) => s.entity) };
}

/** The surname of a written name (what to search the graph for). */
export function surnameOf(name: string): string | null {
  return nameKey(name)?.surname ?? null;
}

/** True when a written name has a given name as well as a surname (enough to create a person from). */
export function isFullName(name: string): boolean {
  const key = nameKey(name);
  return key !== null && key.given.length > 0 && key.given.some((g) => g.length > 1);
}
