/**
 * The rules every store applies to query options, in one place so that every store rejects the same
 * input with the same INVALID_INPUT code (the contract suite holds them to it): days are real
 * YYYY-MM-DD days, bounds and limits whole numbers in range, link kinds from the vocabulary.
 */
import { GovgraphError } from './errors.js';
import { LINK_KINDS, type LinkKind } from './ontology.js';
import { isIsoDay, type IsoDay } from './time.js';

/** Longest path `path` accepts (port: 1-6). */
export const MAX_PATH_HOPS = 6;
/** Deepest neighbourhood `interdependencies` accepts (port: 0-4). */
export const MAX_SUBGRAPH_DEPTH = 4;
/** Paths `path` returns when no limit is given. */
export const DEFAULT_PATH_LIMIT = 10;
/** Hits `search` returns when no limit is given. */
export const DEFAULT_SEARCH_LIMIT = 20;

const LINK_KIND_SET = new Set<string>(LINK_KINDS);

function invalid(message: string, details: Record<string, unknown>): never {
  throw new GovgraphError('INVALID_INPUT', message, details);
}

/** A required as-of day: a real `YYYY-MM-DD` day. */
export function checkDay(asOf: unknown): IsoDay {
  if (typeof asOf !== 'string' || !isIsoDay(asOf)) invalid(`asOf must be a day as YYYY-MM-DD, got ${JSON.stringify(asOf)}`, { asOf });
  return asOf;
}

/** An optional as-of day. */
export function checkOptionalDay(asOf: unknown): IsoDay | undefined {
  return asOf === undefined ? undefined : checkDay(asOf);
}

/** A whole number within `[min, max]`. */
export function checkInteger(name: string, value: unknown, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    invalid(`${name} must be a whole number from ${min} to ${max}, got ${JSON.stringify(value)}`, { [name]: value });
  }
  return value;
}

/** An optional result limit (a positive whole number), or its default. */
export function checkLimit(value: unknown, fallback: number): number {
  return value === undefined ? fallback : checkInteger('limit', value, 1, Number.MAX_SAFE_INTEGER);
}

/** Link kinds to walk (or the fallback), de-duplicated; unknown kinds are INVALID_INPUT. */
export function checkLinkKinds(kinds: readonly string[] | undefined, fallback: readonly LinkKind[]): LinkKind[] {
  const requested = kinds ?? fallback;
  for (const kind of requested) if (!LINK_KIND_SET.has(kind)) invalid(`unknown link kind ${JSON.stringify(kind)}`, { kind });
  return [...new Set(requested as readonly LinkKind[])];
}
