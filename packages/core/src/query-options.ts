/**
 * The rules every store applies to query options, in one place so that every store rejects the same
 * input with the same INVALID_INPUT code (the contract suite holds them to it): days are real
 * YYYY-MM-DD days, bounds and limits whole numbers in range, link kinds from the vocabulary.
 */
import { GovgraphError } from './errors.js';
import { LINK_KINDS, type EntityKind, type LinkKind } from './ontology.js';
import { GOVERNANCE_LINK_KINDS, type AsOfOptions, type LinksOfOptions, type PathOptions, type SearchOptions, type SnapshotOptions, type SubgraphOptions } from './port.js';
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

// ---------------------------------------------------------------------------------------------
// One check per query method: a store calls it first and works only with what it returns.
// ---------------------------------------------------------------------------------------------

/** The directions `linksOf` walks. */
export const LINK_DIRECTIONS = ['out', 'in', 'both'] as const;
/** One of {@link LINK_DIRECTIONS}. */
export type LinkDirection = (typeof LINK_DIRECTIONS)[number];

/** An area filter: a partnership area, or undefined for none (the empty string means none too, as it always has). */
function checkArea(area: string | undefined): string | undefined {
  return area === '' || area === null ? undefined : area;
}

/** {@link LinksOfOptions} after {@link checkLinksOfOptions}. */
export interface CheckedLinksOfOptions {
  asOf: IsoDay | undefined;
  /** Undefined: every kind. */
  kinds: LinkKind[] | undefined;
  direction: LinkDirection;
}

/** The options of `linksOf`: an optional day, known link kinds, a direction of out, in or both (default both). */
export function checkLinksOfOptions(options: LinksOfOptions | undefined): CheckedLinksOfOptions {
  const { asOf, kinds, direction = 'both' } = options ?? {};
  if (!(LINK_DIRECTIONS as readonly unknown[]).includes(direction)) invalid(`direction must be out, in or both, got ${JSON.stringify(direction)}`, { direction });
  return { asOf: checkOptionalDay(asOf), kinds: kinds === undefined ? undefined : checkLinkKinds(kinds, []), direction };
}

/** {@link SearchOptions} after {@link checkSearchOptions}. */
export interface CheckedSearchOptions {
  /** Undefined: every kind. */
  kinds: readonly EntityKind[] | undefined;
  area: string | undefined;
  limit: number;
}

/** The options of `search`: a limit of at least 1 (default {@link DEFAULT_SEARCH_LIMIT}). */
export function checkSearchOptions(options: SearchOptions | undefined): CheckedSearchOptions {
  const { kinds, area, limit } = options ?? {};
  return { kinds, area: checkArea(area), limit: checkLimit(limit, DEFAULT_SEARCH_LIMIT) };
}

/** {@link AsOfOptions} after {@link checkAsOfOptions}. */
export interface CheckedAsOfOptions {
  asOf: IsoDay;
  area: string | undefined;
}

/** The options of `oversight` (and the as-of part of `path` and `interdependencies`): a required day. */
export function checkAsOfOptions(options: AsOfOptions | undefined): CheckedAsOfOptions {
  return { asOf: checkDay(options?.asOf), area: checkArea(options?.area) };
}

/** {@link PathOptions} after {@link checkPathOptions}. */
export interface CheckedPathOptions extends CheckedAsOfOptions {
  maxHops: number;
  kinds: LinkKind[];
  limit: number;
}

/** The options of `path`: a day, 1 to {@link MAX_PATH_HOPS} hops, known kinds (default governance), a limit (default {@link DEFAULT_PATH_LIMIT}). */
export function checkPathOptions(options: PathOptions | undefined): CheckedPathOptions {
  return {
    ...checkAsOfOptions(options),
    maxHops: checkInteger('maxHops', options?.maxHops, 1, MAX_PATH_HOPS),
    kinds: checkLinkKinds(options?.kinds, GOVERNANCE_LINK_KINDS),
    limit: checkLimit(options?.limit, DEFAULT_PATH_LIMIT),
  };
}

/** {@link SubgraphOptions} after {@link checkSubgraphOptions}. */
export interface CheckedSubgraphOptions extends CheckedAsOfOptions {
  depth: number;
  kinds: LinkKind[];
}

/** The options of `interdependencies`: a day, a depth of 0 to {@link MAX_SUBGRAPH_DEPTH}, known kinds (default governance). */
export function checkSubgraphOptions(options: SubgraphOptions | undefined): CheckedSubgraphOptions {
  return {
    ...checkAsOfOptions(options),
    depth: checkInteger('depth', options?.depth, 0, MAX_SUBGRAPH_DEPTH),
    kinds: checkLinkKinds(options?.kinds, GOVERNANCE_LINK_KINDS),
  };
}

/** {@link SnapshotOptions} after {@link checkSnapshotOptions}. */
export interface CheckedSnapshotOptions {
  asOf: IsoDay | undefined;
  area: string | undefined;
}

/** The options of `snapshot`: an optional day and area. */
export function checkSnapshotOptions(options: SnapshotOptions | undefined): CheckedSnapshotOptions {
  return { asOf: checkOptionalDay(options?.asOf), area: checkArea(options?.area) };
}
