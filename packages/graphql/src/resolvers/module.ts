/**
 * The shape of a resolver module: one per area of the API (core, diagrams, analytics, ...), each a
 * function of what it needs, returning a graphql-tools resolver map. `createSchema` merges them.
 */
import type { IResolvers } from '@graphql-tools/utils';
import type { GraphStore } from '@govgraph/core';
import type { GovgraphContext } from '../context.js';
import type { GovgraphLimits } from '../limits.js';
import type { Resolvers } from '../generated/graphql-types.js';

/** A resolver map (type name → field → resolver, enums and scalars too), untyped: what graphql-tools merges. */
export type ResolverMap = IResolvers<unknown, unknown>;

/**
 * A typed resolver map, generated from the SDL (`pnpm codegen`): each field's parent is the core
 * object it resolves on, its arguments are the SDL's, its context the request's {@link GovgraphContext}.
 */
export type TypedResolvers = Resolvers<GovgraphContext>;

/** What each resolver module is given when the schema is built. */
export interface ResolverModuleDeps {
  /** The store the schema was built for (use `context(ctx).store` in resolvers). */
  store: GraphStore;
  /** The limits in force (page sizes, hops, depth). */
  limits: GovgraphLimits;
  /**
   * The request's govgraph context (store, default as-of day, DataLoaders) from whatever context
   * value the caller passed; built on first use when it passed none (e.g. plain `graphql()`).
   * Resolvers need not call it: `createSchema` already hands them this context.
   */
  context(contextValue: unknown): GovgraphContext;
}

/**
 * One area's resolvers. Add one by writing `resolvers/<area>.ts` and listing it in `resolvers/index.ts`.
 * The map is untyped so that a plug-in may resolve SDL of its own; govgraph's modules pass theirs
 * through {@link typedResolvers}.
 */
export type ResolverModule = (deps: ResolverModuleDeps) => ResolverMap;

/**
 * Checks a resolver map against the types generated from the SDL and hands it to graphql-tools
 * (whose maps are untyped): the one place the typed map meets the untyped one.
 */
export function typedResolvers(resolvers: TypedResolvers): ResolverMap {
  return resolvers as ResolverMap;
}
