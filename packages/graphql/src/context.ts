/**
 * Per-request context: the store, the default as-of day and DataLoaders, so that resolving the
 * ends of many links, or the sources of many citations, costs one batched `getEntities` call per
 * tick instead of one store round trip each (no N+1).
 */
import DataLoader from 'dataloader';
import { today, type Entity, type GraphStore, type IsoDay, type LinksOfOptions, type Link, type Lineage } from '@govgraph/core';
import { ANONYMOUS, type Principal } from '@govgraph/editing';

/** Loaders shared by every resolver of one request. */
export interface GovgraphLoaders {
  /** Entities by id (null where missing), batched through `store.getEntities`. */
  entity: DataLoader<string, Entity | null>;
  /** Lineage by entity id, cached for the request. */
  lineage: DataLoader<string, Lineage>;
  /** `linksOf` results, cached for the request by entity id and options. */
  links: DataLoader<{ entityId: string; options: LinksOfOptions }, Link[], string>;
}

/** What every resolver receives as its context. */
export interface GovgraphContext {
  store: GraphStore;
  /** The day an omitted `asOf` argument means: today, unless the caller (e.g. `govgraph query --as-of`) sets another. */
  defaultAsOf: IsoDay;
  loaders: GovgraphLoaders;
  /** Who is asking (from the request's API key); mutations and the audit log check its role. */
  principal: Principal;
}

/** Options of {@link createGovgraphContext}. */
export interface GovgraphContextOptions {
  /** Day used for omitted `asOf` arguments; default today (UTC). */
  defaultAsOf?: IsoDay | undefined;
  /** The caller; default the anonymous reader (read-only), so nothing can edit unless a caller says who it is. */
  principal?: Principal | undefined;
}

/** Builds a fresh context (new loaders, so nothing is cached across requests). */
export function createGovgraphContext(store: GraphStore, options: GovgraphContextOptions = {}): GovgraphContext {
  const entity = new DataLoader<string, Entity | null>(async (ids) => store.getEntities(ids), { maxBatchSize: 500 });
  const lineage = new DataLoader<string, Lineage>(async (ids) => Promise.all(ids.map((id) => store.lineage(id))), { batch: false });
  const links = new DataLoader<{ entityId: string; options: LinksOfOptions }, Link[], string>(
    async (keys) => Promise.all(keys.map((k) => store.linksOf(k.entityId, k.options))),
    {
      batch: false,
      cacheKeyFn: (k) => JSON.stringify([k.entityId, k.options.asOf ?? null, k.options.direction ?? 'both', k.options.kinds ?? null]),
    },
  );
  return { store, defaultAsOf: options.defaultAsOf ?? today(), loaders: { entity, lineage, links }, principal: options.principal ?? ANONYMOUS };
}

/** Puts entities a store call already returned into the loader, so resolving them again costs nothing. */
export function primeEntities(context: GovgraphContext, entities: Iterable<Entity>): void {
  for (const e of entities) context.loaders.entity.prime(e.id, e);
}
