/**
 * The embedded store: the whole graph in memory with id, adjacency and search indexes. It is the
 * zero set-up default of the CLI and API, the reference the contract suite was written against,
 * and the store other packages' tests use.
 *
 * Semantics (identical in every store; the contract suite in `tests/contract` checks each rule):
 *
 * - Counting on a day: an entity counts when `holdsOn(entity.validity, asOf)` and, when an `area`
 *   is given, its area is absent (national) or equal to it. A link counts when
 *   `holdsOn(link.validity, asOf)` and both its ends count. Status never filters: proposed or
 *   agreed facts count like in-force ones and keep their status.
 * - `replaceAll` / `apply` are atomic: the whole input is checked first (unique ids, every link
 *   that exists afterwards joins two entities that exist afterwards, no entity deleted while a link
 *   not deleted with it still touches it, no id both upserted and deleted); any problem is
 *   INVALID_INPUT with `details.problems` and the graph stays exactly as it was. `apply` order:
 *   delete links, delete entities, upsert entities, upsert links; upserting an identical fact
 *   changes nothing; deleting an id that is not there is a no-op.
 * - Reads return deep-frozen objects (the stored ones) in fresh arrays; the store keeps its own
 *   frozen copies of what it is given. `undefined` fields are dropped.
 * - `getEntities` is aligned with the ids (null where missing). `linksOf` (unknown entity: [])
 *   sorts by id; direction defaults to both (a self-loop once); with `asOf`, links must count.
 * - `search`, `lineage`, `oversight`, `path`, `interdependencies`: see `queries.ts`.
 * - `snapshot`: entities that count (area and, if given, asOf) and links that count between them,
 *   each sorted by id; with no options, everything.
 * - `stats`: totals and counts by kind; kinds with none are left out.
 * - Options: a malformed `asOf`, `maxHops` outside 1-6, `depth` outside 0-4, `limit` below 1 or an
 *   unknown link kind is INVALID_INPUT. After `close`, every call is STORE_UNAVAILABLE.
 */
import {
  GOVERNANCE_LINK_KINDS,
  GovgraphError,
  type ApplyOptions,
  type ApplyResult,
  type AsOfOptions,
  type AuditEntry,
  type AuditLogQuery,
  type ChangeSet,
  type Entity,
  type GraphData,
  type GraphPath,
  type GraphStore,
  type Lineage,
  type Link,
  type LinksOfOptions,
  type OversightAnswer,
  type PathOptions,
  type SearchHit,
  type SearchOptions,
  type SnapshotOptions,
  type StoreStats,
  type Subgraph,
  type SubgraphOptions,
  DEFAULT_PATH_LIMIT,
  DEFAULT_SEARCH_LIMIT,
  MAX_PATH_HOPS,
  MAX_SUBGRAPH_DEPTH,
  checkDay,
  checkInteger,
  checkLimit,
  checkLinkKinds,
  checkOptionalDay,
  auditChanges,
  auditEntryMatches,
  buildAuditEntry,
  checkAuditContext,
  checkAuditLogQuery,
  checkExpectedVersions,
} from '@govgraph/core';
import { frozenCopy } from './frozen-copy.js';
import { GraphState } from './graph-state.js';
import { byId, lineage, neighbourhood, oversight, search, shortestPaths } from './queries.js';
import { FactFilter } from './query-options.js';
import { SearchIndex } from './search-index.js';

/** Options of {@link createMemoryStore}. */
export interface MemoryStoreOptions {
  /** Name used in logs and errors (default "memory"). */
  name?: string | undefined;
  /** The clock audit entries are stamped with; default the system clock. */
  now?: (() => Date) | undefined;
}

/** The embedded {@link GraphStore}; see the module comment for its exact semantics. */
export class MemoryStore implements GraphStore {
  readonly name: string;
  private state = new GraphState();
  /** Built on the first search after a `replaceAll`, then kept up to date by `apply`. */
  private searchIndex: SearchIndex | null = null;
  private closed = false;
  /** Append-only; survives `replaceAll`. Entries are deep-frozen. */
  private readonly audit: AuditEntry[] = [];
  private readonly now: () => Date;

  constructor(options: MemoryStoreOptions = {}) {
    this.name = options.name ?? 'memory';
    this.now = options.now ?? (() => new Date());
  }

  async replaceAll(data: GraphData): Promise<StoreStats> {
    this.ensureOpen();
    const next = GraphState.fromData(data);
    this.state = next;
    this.searchIndex = null;
    return next.stats();
  }

  /**
   * Runs start to finish without awaiting, so writes are serialised by the event loop: the
   * expectations, the change and the audit entry are one atomic step.
   */
  async apply(changes: ChangeSet, options: ApplyOptions = {}): Promise<ApplyResult> {
    this.ensureOpen();
    checkAuditContext(options.audit);
    const current = { entity: (id: string) => this.state.entities.get(id), link: (id: string) => this.state.links.get(id) };
    checkExpectedVersions(options.expect, current);
    this.state.validate(changes);
    const changed = options.audit ? auditChanges(changes, current) : [];
    const { changedEntities, deletedEntityIds } = this.state.commit(changes);
    if (this.searchIndex) {
      for (const id of deletedEntityIds) this.searchIndex.remove(id);
      for (const entity of changedEntities) this.searchIndex.put(entity);
    }
    const stats: ApplyResult = this.state.stats();
    if (options.audit && changed.length > 0) {
      // `after` is the stored (frozen, normalised) fact, exactly what reads return.
      const stored = changed.map((c) => ({ ...c, after: c.after && (c.target === 'entity' ? current.entity(c.id)! : current.link(c.id)!) }));
      const entry = frozenCopy(buildAuditEntry(this.audit.length + 1, this.now(), options.audit, stored));
      this.audit.push(entry);
      stats.auditEntry = entry;
    }
    return stats;
  }

  async auditLog(query: AuditLogQuery = {}): Promise<AuditEntry[]> {
    this.ensureOpen();
    const checked = checkAuditLogQuery(query);
    const out: AuditEntry[] = [];
    const after = checked.after;
    const ordered = checked.newestFirst ? [...this.audit].reverse() : this.audit;
    for (const entry of ordered) {
      if (out.length >= checked.limit) break;
      if (after !== undefined && (checked.newestFirst ? entry.sequence >= after : entry.sequence <= after)) continue;
      if (auditEntryMatches(entry, checked)) out.push(entry);
    }
    return out;
  }

  async getEntity(id: string): Promise<Entity | null> {
    this.ensureOpen();
    return this.state.entities.get(id) ?? null;
  }

  async getEntities(ids: readonly string[]): Promise<(Entity | null)[]> {
    this.ensureOpen();
    return ids.map((id) => this.state.entities.get(id) ?? null);
  }

  async getLink(id: string): Promise<Link | null> {
    this.ensureOpen();
    return this.state.links.get(id) ?? null;
  }

  async linksOf(entityId: string, options: LinksOfOptions = {}): Promise<Link[]> {
    this.ensureOpen();
    const asOf = checkOptionalDay(options.asOf);
    const kinds = options.kinds === undefined ? undefined : new Set(checkLinkKinds(options.kinds, []));
    const filter = new FactFilter(this.state, asOf, undefined);
    const links = this.state
      .touching(entityId, options.direction ?? 'both')
      .filter((link) => (!kinds || kinds.has(link.kind)) && (asOf === undefined || filter.link(link)));
    return byId(links);
  }

  async search(text: string, options: SearchOptions = {}): Promise<SearchHit[]> {
    this.ensureOpen();
    const limit = checkLimit(options.limit, DEFAULT_SEARCH_LIMIT);
    this.searchIndex ??= new SearchIndex(this.state.entities.values());
    return search(this.searchIndex, text, { kinds: options.kinds, area: options.area, limit });
  }

  async lineage(entityId: string): Promise<Lineage> {
    this.ensureOpen();
    return lineage(this.state, entityId);
  }

  async oversight(dutyId: string, options: AsOfOptions): Promise<OversightAnswer | null> {
    this.ensureOpen();
    return oversight(this.state, this.filterFor(options), dutyId);
  }

  async path(fromId: string, toId: string, options: PathOptions): Promise<GraphPath[]> {
    this.ensureOpen();
    const filter = this.filterFor(options);
    const maxHops = checkInteger('maxHops', options.maxHops, 1, MAX_PATH_HOPS);
    const limit = checkLimit(options.limit, DEFAULT_PATH_LIMIT);
    const kinds = checkLinkKinds(options.kinds, GOVERNANCE_LINK_KINDS);
    return shortestPaths(this.state, filter, fromId, toId, { maxHops, kinds, limit });
  }

  async interdependencies(focusId: string, options: SubgraphOptions): Promise<Subgraph | null> {
    this.ensureOpen();
    const filter = this.filterFor(options);
    const depth = checkInteger('depth', options.depth, 0, MAX_SUBGRAPH_DEPTH);
    const kinds = checkLinkKinds(options.kinds, GOVERNANCE_LINK_KINDS);
    return neighbourhood(this.state, filter, focusId, { depth, kinds });
  }

  async snapshot(options: SnapshotOptions = {}): Promise<GraphData> {
    this.ensureOpen();
    const filter = new FactFilter(this.state, checkOptionalDay(options.asOf), options.area);
    const entities = [...this.state.entities.values()].filter((e) => filter.entity(e));
    const links = [...this.state.links.values()].filter((l) => filter.link(l));
    return { entities: byId(entities), links: byId(links) };
  }

  async stats(): Promise<StoreStats> {
    this.ensureOpen();
    return this.state.stats();
  }

  async close(): Promise<void> {
    this.closed = true;
    this.state = new GraphState();
    this.searchIndex = null;
  }

  private filterFor(options: AsOfOptions): FactFilter {
    return new FactFilter(this.state, checkDay(options?.asOf), options.area);
  }

  private ensureOpen(): void {
    if (this.closed) throw new GovgraphError('STORE_UNAVAILABLE', `the ${this.name} store is closed`, { store: this.name });
  }
}

/** Opens an empty embedded store; fill it with `replaceAll` (e.g. from the seed loader). */
export function createMemoryStore(options: MemoryStoreOptions = {}): GraphStore {
  return new MemoryStore(options);
}
