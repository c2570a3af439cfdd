/**
 * The embedded store: the whole graph in memory with id, adjacency and search indexes. It is the
 * zero set-up default of the CLI and API, the reference the contract suite was written against,
 * and the store other packages' tests use. `openDurableMemoryStore` (`durable/`) is the same store
 * kept in a data directory, sharing this class through `prepareApply` / `commitApply`.
 *
 * What each method means is stated once, on `GraphStore` in core's `port.ts`. How this store keeps
 * to it: writes are checked whole with core's write check before anything changes; reads return
 * the deep-frozen stored objects in fresh arrays, and the store keeps its own frozen copies of what
 * it is given; the graph questions walk adjacency from the entities asked about (`queries.ts`).
 */
import {
  GovgraphError,
  type ApplyOptions,
  type ApplyResult,
  type AsOfOptions,
  type AuditChange,
  type AuditEntry,
  type AuditLogQuery,
  type ChangeSet,
  type Entity,
  type ReplaceAllOptions,
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
  type CheckedAsOfOptions,
  checkAsOfOptions,
  checkLinksOfOptions,
  checkPathOptions,
  checkSearchOptions,
  checkSnapshotOptions,
  checkSubgraphOptions,
  auditChanges,
  auditEntryMatches,
  buildAuditEntry,
  checkAuditContext,
  checkAuditLogQuery,
  checkAuditSequence,
  checkExpectedVersions,
  compareReplacedFacts,
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

/**
 * A write checked against the current graph but not made yet; see {@link MemoryStore.prepareApply}.
 */
export interface PreparedApply {
  readonly changes: ChangeSet;
  /** The facts the write really changes, before and after; empty when it changes nothing. */
  readonly changed: readonly AuditChange[];
  /** The entry the write appends: set when it is audited and changes something. */
  readonly auditEntry: AuditEntry | undefined;
}

/** A whole graph checked and indexed but not swapped in yet; see {@link MemoryStore.prepareReplaceAll}. */
export interface PreparedReplaceAll {
  readonly state: GraphState;
  /** The entry the replacement appends: set when it is audited. */
  readonly auditEntry: AuditEntry | undefined;
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

  /** Checks the whole graph first, so that a bad one leaves the graph exactly as it was. */
  async replaceAll(data: GraphData, options: ReplaceAllOptions = {}): Promise<ApplyResult> {
    return this.commitReplaceAll(this.prepareReplaceAll(data, options));
  }

  /**
   * Prepares and commits without awaiting in between, so writes are serialised by the event loop:
   * the expectations, the change and the audit entry are one atomic step.
   */
  async apply(changes: ChangeSet, options: ApplyOptions = {}): Promise<ApplyResult> {
    return this.commitApply(this.prepareApply(changes, options));
  }

  /**
   * First half of `replaceAll`: checks the audit context, the expected audit sequence and the graph,
   * and builds its indexes and audit entry, without touching the current graph. Split from
   * {@link commitReplaceAll} so the durable store can write the new graph to disk in between; as
   * with `apply`, nothing may be written between the two halves.
   */
  protected prepareReplaceAll(data: GraphData, options: ReplaceAllOptions = {}): PreparedReplaceAll {
    this.ensureOpen();
    checkAuditContext(options.audit);
    checkAuditSequence(options.expectAuditSequence, this.audit.length);
    const state = GraphState.fromData(data);
    if (!options.audit) return { state, auditEntry: undefined };
    const before = this.state.stats();
    const after = state.stats();
    const replacedGraph = {
      before: { entities: before.entities, links: before.links },
      after: { entities: after.entities, links: after.links },
      entities: compareReplacedFacts(this.state.entities, state.entities),
      links: compareReplacedFacts(this.state.links, state.links, (old, link) => old.kind === link.kind),
    };
    return { state, auditEntry: frozenCopy(buildAuditEntry(this.audit.length + 1, this.now(), options.audit, [], replacedGraph)) };
  }

  /** Second half of `replaceAll`: swaps in a graph {@link prepareReplaceAll} built and appends its entry. */
  protected commitReplaceAll(prepared: PreparedReplaceAll): ApplyResult {
    this.state = prepared.state;
    this.searchIndex = null;
    const stats: ApplyResult = prepared.state.stats();
    if (prepared.auditEntry) {
      this.audit.push(prepared.auditEntry);
      stats.auditEntry = prepared.auditEntry;
    }
    return stats;
  }

  /**
   * First half of `apply`, changing nothing: checks the audit context, the expected versions and
   * the change set against the current graph, and builds the audit entry (stamped now, with the
   * next sequence). The caller must run {@link commitApply} before preparing another write, so
   * that expectations, change and entry stay one atomic step; the plain store does both without
   * awaiting, the durable store journals in between under its write lock.
   */
  protected prepareApply(changes: ChangeSet, options: ApplyOptions = {}): PreparedApply {
    this.ensureOpen();
    checkAuditContext(options.audit);
    const current = { entity: (id: string) => this.state.entities.get(id), link: (id: string) => this.state.links.get(id) };
    checkExpectedVersions(options.expect, current);
    this.state.validate(changes);
    const changed = auditChanges(changes, current);
    // `after` is stored as a frozen, normalised copy, exactly what reads will return.
    const auditEntry =
      options.audit && changed.length > 0 ? frozenCopy(buildAuditEntry(this.audit.length + 1, this.now(), options.audit, changed)) : undefined;
    return { changes, changed, auditEntry };
  }

  /**
   * Second half of `apply`: makes a prepared change and appends its audit entry. Also how the
   * durable store replays its journal, with the entry as first recorded.
   */
  protected commitApply(prepared: PreparedApply): ApplyResult {
    const { changedEntities, deletedEntityIds } = this.state.commit(prepared.changes);
    if (this.searchIndex) {
      for (const id of deletedEntityIds) this.searchIndex.remove(id);
      for (const entity of changedEntities) this.searchIndex.put(entity);
    }
    const stats: ApplyResult = this.state.stats();
    if (prepared.auditEntry) {
      this.audit.push(prepared.auditEntry);
      stats.auditEntry = prepared.auditEntry;
    }
    return stats;
  }

  /** The whole audit log, oldest first (for the durable store's snapshots; never changed by callers). */
  protected get auditEntries(): readonly AuditEntry[] {
    return this.audit;
  }

  /** The current graph (for the durable store's snapshots). */
  protected get graphState(): GraphState {
    return this.state;
  }

  /** Replaces the graph and the audit log with ones read back from disk (the durable store opening). */
  protected restore(state: GraphState, audit: readonly AuditEntry[]): void {
    this.state = state;
    this.searchIndex = null;
    this.audit.length = 0;
    for (const entry of audit) this.audit.push(frozenCopy(entry));
  }

  async auditLog(query: AuditLogQuery = {}): Promise<AuditEntry[]> {
    this.ensureOpen();
    const checked = checkAuditLogQuery(query);
    const out: AuditEntry[] = [];
    // Entry i has sequence i + 1, so the cursor gives the starting index: no scan of older entries.
    const count = this.audit.length;
    const step = checked.newestFirst ? -1 : 1;
    let i = checked.newestFirst ? Math.min(count, (checked.after ?? count + 1) - 1) - 1 : (checked.after ?? 0);
    for (; i >= 0 && i < count && out.length < checked.limit; i += step) {
      const entry = this.audit[i]!;
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
    const checked = checkLinksOfOptions(options);
    const asOf = checked.asOf;
    const kinds = checked.kinds === undefined ? undefined : new Set(checked.kinds);
    const filter = new FactFilter(this.state, asOf, undefined);
    const links = this.state
      .touching(entityId, checked.direction)
      .filter((link) => (!kinds || kinds.has(link.kind)) && (asOf === undefined || filter.link(link)));
    return byId(links);
  }

  async search(text: string, options: SearchOptions = {}): Promise<SearchHit[]> {
    this.ensureOpen();
    const checked = checkSearchOptions(options);
    this.searchIndex ??= new SearchIndex(this.state.entities.values());
    return search(this.searchIndex, text, checked);
  }

  async lineage(entityId: string): Promise<Lineage> {
    this.ensureOpen();
    return lineage(this.state, entityId);
  }

  async oversight(dutyId: string, options: AsOfOptions): Promise<OversightAnswer | null> {
    this.ensureOpen();
    return oversight(this.state, this.filterFor(checkAsOfOptions(options)), dutyId);
  }

  async path(fromId: string, toId: string, options: PathOptions): Promise<GraphPath[]> {
    this.ensureOpen();
    const checked = checkPathOptions(options);
    return shortestPaths(this.state, this.filterFor(checked), fromId, toId, checked);
  }

  async interdependencies(focusId: string, options: SubgraphOptions): Promise<Subgraph | null> {
    this.ensureOpen();
    const checked = checkSubgraphOptions(options);
    return neighbourhood(this.state, this.filterFor(checked), focusId, checked);
  }

  async snapshot(options: SnapshotOptions = {}): Promise<GraphData> {
    this.ensureOpen();
    const checked = checkSnapshotOptions(options);
    const filter = new FactFilter(this.state, checked.asOf, checked.area);
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

  private filterFor(options: CheckedAsOfOptions): FactFilter {
    return new FactFilter(this.state, options.asOf, options.area);
  }

  /** Throws STORE_UNAVAILABLE once the store is closed. */
  protected ensureOpen(): void {
    if (this.closed) throw new GovgraphError('STORE_UNAVAILABLE', `the ${this.name} store is closed`, { store: this.name });
  }
}

/** Opens an empty embedded store; fill it with `replaceAll` (e.g. from the seed loader). */
export function createMemoryStore(options: MemoryStoreOptions = {}): GraphStore {
  return new MemoryStore(options);
}
