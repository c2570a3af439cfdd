/**
 * The shape of a resolver module: one per area of the API (core, diagrams, analytics, ...), each a
 * function of what it needs, returning a graphql-tools resolver map. `createSchema` merges them.
 */
import type { IResolvers } from '@graphql-tools/utils';
import type { GraphStore } from '@govgraph/core';
import type { GovgraphContext } from '../context.js';
import type { GovgraphLimits } from '../limits.js';

/** A resolver map (type name → field → resolver, enums and scalars too). */
export type ResolverMap = IResolvers<unknown, unknown>;

/** What each resolver module is given when the schema is built. */
export interface ResolverModuleDeps {
  /** The store the schema was built for (use `context(ctx).store` in resolvers). */
  store: GraphStore;
  /** The limits in force (page sizes, hops, depth). */
  limits: GovgraphLimits;
  /**
   * The request's govgraph context (store, default as-of day, DataLoaders) from whatever context
   * value a resolver receives; built on first use when the caller passed none (e.g. plain `graphql()`).
   */
  context(contextValue: unknown): GovgraphContext;
}

/** One area's resolvers. Add one by writing `resolvers/<area>.ts` and listing it in `resolvers/index.ts`. */
export type ResolverModule = (deps: ResolverModuleDeps) => ResolverMap;
