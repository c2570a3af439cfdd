/**
 * Checks on query options and the "counts on a day" rule, shared by every memory-store query.
 * Bad options are INVALID_INPUT, the same in every store (the contract suite checks it).
 */
import { GovgraphError, LINK_KINDS, holdsOn, isIsoDay, type Entity, type IsoDay, type Link, type LinkKind } from '@govgraph/core';
import type { GraphState } from './graph-state.js';

/** Longest path `path` accepts (port: 1-6). */
export const MAX_PATH_HOPS = 6;
/** Deepest neighbourhood `interdependencies` accepts (port: 0-4). */
export const MAX_SUBGRAPH_DEPTH = 4;
/** Default number of paths `path` returns. */
export const DEFAULT_PATH_LIMIT = 10;
/** Default number of hits `search` returns. */
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

/** An integer within `[min, max]`. */
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

/** Link kinds to walk, de-duplicated; unknown kinds are INVALID_INPUT. */
export function checkLinkKinds(kinds: readonly LinkKind[] | undefined, fallback: readonly LinkKind[]): readonly LinkKind[] {
  if (kinds === undefined) return fallback;
  for (const kind of kinds) if (!LINK_KIND_SET.has(kind)) invalid(`unknown link kind ${JSON.stringify(kind)}`, { kind });
  return [...new Set(kinds)];
}

/**
 * Which facts count in a query. An entity counts when it holds on `asOf` (if given) and its area
 * is absent or equals `area` (if given). A link counts when it holds on `asOf` (if given) and both
 * its ends count.
 */
export class FactFilter {
  constructor(
    private readonly state: GraphState,
    readonly asOf: IsoDay | undefined,
    readonly area: string | undefined,
  ) {}

  /** Whether an entity counts. */
  entity(entity: Entity | undefined): entity is Entity {
    if (!entity) return false;
    if (this.area && entity.area && entity.area !== this.area) return false;
    return this.asOf === undefined || holdsOn(entity.validity, this.asOf);
  }

  /** Whether a link counts (it holds, and so do both its ends). */
  link(link: Link): boolean {
    if (this.asOf !== undefined && !holdsOn(link.validity, this.asOf)) return false;
    return this.entity(this.state.entities.get(link.from)) && this.entity(this.state.entities.get(link.to));
  }
}
