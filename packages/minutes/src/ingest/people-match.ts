/**
 * Matching people named in minutes to Person entities across documents. Names, former names and
 * aliases count; titles do not ("Councillor Hardy" is "Trish Hardy"). A written name fits a known
 * one, best first:
 *
 * - `exact`: the same given name and surname;
 * - `compatible`: an initial ("J. Roe"), a short form that starts the long one ("Ros" / "Rosanna"),
 *   or no given name on one side ("Hardy");
 * - `nickname`: forms of one given name in the table of {@link sameGivenName} ("Steve" / "Stephen",
 *   "Graeme" / "Graham");
 * - `variant`: a spelling the Jaro-Winkler metric scores as the same name ("Philip" / "Phillip",
 *   "Thomson" / "Thompson"), never a pair that differs only by a feminine ending ("Daniel" /
 *   "Danielle").
 *
 * The best fit wins only when one person holds it (`compatible` and `nickname` rank alike); more than
 * one is ambiguous, reported with every candidate, and nothing is guessed.
 */
import { jaroWinkler } from '@skyra/jaro-winkler';
import type { Entity } from '@govgraph/core';
import { splitTitle } from '../rules/people.js';
import { sameGivenName } from './given-names.js';

/** Lowest Jaro-Winkler similarity at which two given names (5 letters or more) are one spelt two ways. */
export const GIVEN_NAME_VARIANT_SIMILARITY = 0.93;
/** Lowest Jaro-Winkler similarity at which two surnames (5 letters or more) are one spelt two ways. */
export const SURNAME_VARIANT_SIMILARITY = 0.95;
const MIN_VARIANT_LENGTH = 5;

/** How a written name fits a known one, best first. */
export type NameFit = 'exact' | 'compatible' | 'nickname' | 'variant';

/** A short form and a table form rank alike: "Steve" starts "Steven" and the table gives "Stephen", so both fit. */
const FIT_RANK: Record<NameFit, number> = { exact: 3, compatible: 2, nickname: 2, variant: 1 };

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
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[.'’]/g, '')
    .split(/[\s,]+/)
    .filter(Boolean);
  const surname = tokens.pop();
  return surname ? { given: tokens, surname } : null;
}

/** Names that differ only by a feminine ending are different names ("Paul" / "Paula", "Louis" / "Louise"). */
function differByEnding(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return long.startsWith(short) && /^(?:a|e|ie|le|lle|ine|ina|ette)$/.test(long.slice(short.length));
}

function spellingVariant(a: string, b: string, threshold: number): boolean {
  if (a.length < MIN_VARIANT_LENGTH || b.length < MIN_VARIANT_LENGTH || a[0] !== b[0]) return false;
  return !differByEnding(a, b) && jaroWinkler(a, b) >= threshold;
}

function givenFit(a: string, b: string): NameFit | null {
  if (a === b) return 'exact';
  if (a.length === 1 || b.length === 1) return a[0] === b[0] ? 'compatible' : null;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= 3 && long.startsWith(short) && !differByEnding(short, long)) return 'compatible';
  if (sameGivenName(a, b)) return 'nickname';
  return spellingVariant(a, b, GIVEN_NAME_VARIANT_SIMILARITY) ? 'variant' : null;
}

/** How a written name fits one of a person's names, or null. */
function fit(written: NameKey, known: NameKey): NameFit | null {
  const sameSurname = written.surname === known.surname;
  if (!sameSurname && !spellingVariant(written.surname, known.surname, SURNAME_VARIANT_SIMILARITY)) return null;
  if (written.given.length === 0 || known.given.length === 0) return sameSurname ? 'compatible' : null;
  const given = givenFit(written.given[0]!, known.given[0]!);
  if (!given) return null;
  return sameSurname ? given : 'variant';
}

/** The result of matching one written name. */
export type PersonMatch =
  | { status: 'matched'; entity: Entity; exact: boolean; fit: NameFit }
  | { status: 'ambiguous'; candidates: Entity[]; fit: NameFit }
  | { status: 'none' };

/** Matches `name` against `candidates` (Person entities; others are ignored). */
export function matchPerson(name: string, candidates: readonly Entity[]): PersonMatch {
  const written = nameKey(name);
  if (!written) return { status: 'none' };
  const scored: { entity: Entity; fit: NameFit }[] = [];
  for (const entity of candidates) {
    if (entity.kind !== 'Person') continue;
    let best: NameFit | null = null;
    for (const known of new Set([entity.name, ...entity.names.map((n) => n.name), ...entity.aliases])) {
      const key = nameKey(known);
      const f = key ? fit(written, key) : null;
      if (f && (!best || FIT_RANK[f] > FIT_RANK[best])) best = f;
    }
    if (best) scored.push({ entity, fit: best });
  }
  if (scored.length === 0) return { status: 'none' };
  const top = Math.max(...scored.map((s) => FIT_RANK[s.fit]));
  const best = scored.filter((s) => FIT_RANK[s.fit] === top).sort((a, b) => (a.entity.id < b.entity.id ? -1 : 1));
  const fitOfBest = best[0]!.fit;
  if (best.length === 1) return { status: 'matched', entity: best[0]!.entity, exact: fitOfBest === 'exact', fit: fitOfBest };
  return { status: 'ambiguous', candidates: best.map((s) => s.entity), fit: fitOfBest };
}

/** The surname of a written name, folded for comparison. */
export function surnameOf(name: string): string | null {
  return nameKey(name)?.surname ?? null;
}

/** True when a written name has a given name as well as a surname (enough to create a person from). */
export function isFullName(name: string): boolean {
  const key = nameKey(name);
  return key !== null && key.given.length > 0 && key.given.some((g) => g.length > 1);
}
