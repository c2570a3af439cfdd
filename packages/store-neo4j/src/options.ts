/**
 * Checks on query options, with the same rules and INVALID_INPUT code as every govgraph store
 * (the contract suite holds both stores to them): days are real YYYY-MM-DD days, bounds and limits
 * whole numbers in range, link kinds from the vocabulary.
 */
import { GovgraphError, isIsoDay, type IsoDay, type LinkKind } from '@govgraph/core';
import { whitelistLinkKinds } from './cypher.js';

/** Longest path `path` accepts. */
export const MAX_PATH_HOPS = 6;
/** Deepest neighbourhood `interdependencies` accepts. */
export const MAX_SUBGRAPH_DEPTH = 4;
/** Paths `path` returns when no limit is given. */
export const DEFAULT_PATH_LIMIT = 10;
/** Hits `search` returns when no limit is given. */
export const DEFAULT_SEARCH_LIMIT = 20;

/** A required day; INVALID_INPUT unless a real `YYYY-MM-DD` day. */
export function requireDay(asOf: unknown): IsoDay {
  if (typeof asOf === 'string' && isIsoDay(asOf)) return asOf;
  throw new GovgraphError('INVALID_INPUT', `asOf must be a day as YYYY-MM-DD, got ${JSON.stringify(asOf)}`, { asOf });
}

/** An optional day, as null for Cypher when absent. */
export function optionalDay(asOf: unknown): IsoDay | null {
  return asOf === undefined ? null : requireDay(asOf);
}

/** A whole number within `[min, max]`. */
export function wholeNumber(name: string, value: unknown, min: number, max: number): number {
  if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) return value;
  throw new GovgraphError('INVALID_INPUT', `${name} must be a whole number from ${min} to ${max}, got ${JSON.stringify(value)}`, { [name]: value });
}

/** A result limit (positive whole number) or its default. */
export function resultLimit(value: unknown, fallback: number): number {
  return value === undefined ? fallback : wholeNumber('limit', value, 1, Number.MAX_SAFE_INTEGER);
}

/** Requested link kinds, whitelisted and de-duplicated, or the fallback. */
export function linkKindsOrDefault(kinds: readonly string[] | undefined, fallback: readonly LinkKind[]): LinkKind[] {
  return [...new Set(whitelistLinkKinds(kinds ?? fallback))];
}
