/**
 * The Neo4j govgraph store: the storage port on neo4j-driver with managed transactions
 * (executeRead/executeWrite, retried by the driver on transient failures), parameterised Cypher,
 * validity filtering in Cypher, and the core comparators for every ordering, so its answers equal the
 * memory store's.
 *
 * Atomic replacement, stage then switch: `replaceAll` writes the new graph as `:GovgraphStaging`
 * nodes (and their relationships) in batched UNWIND/MERGE transactions that no query sees, then one
 * small transaction relabels: live `:Entity` nodes become `:GovgraphRetired`, staged nodes become
 * `:Entity:<Kind>`. The retired graph is deleted afterwards in batches, and the indexes resampled
 * so the next queries are planned on the new graph. A load that fails, or a server
 * that dies, before the switch commits leaves the previous graph exactly as it was (the switch is one
 * transaction: all or nothing); leftovers are invisible and cleared by the next load. Memory stays flat
 * whatever the graph's size. One load at a time per database (a second one is detected and refused).
 */
import neo4j, { type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';
import {
  ENTITY_KINDS,
  LINK_KINDS,
  GovgraphError,
  bestSearchMatch,
  compareById,
  rankSearchHits,
  sortOversightEntries,
  comparePaths,
  firstShortestPaths,
  reachWithin,
  MAX_LISTED_REPLACED_IDS,
  toReplacedFacts,
  normaliseSearchText,
  type ApplyOptions,
  type ApplyResult,
  type CheckedPathOptions,
  type AuditEntry,
  type AuditLogQuery,
  type ChangeSet,
  type Entity,
  type EntityKind,
  type GraphData,
  type GraphPath,
  type GraphReplacement,
  type GraphStore,
  type Link,
  type LinkKind,
  type OversightEntry,
  type ReplaceAllOptions,
  type SearchHit,
  type StoreStats,
  checkAsOfOptions,
  checkLinkKinds,
  checkLinksOfOptions,
  checkPathOptions,
  checkSearchOptions,
  checkSnapshotOptions,
  checkSubgraphOptions,
  auditChanges,
  checkAuditContext,
  checkAuditLogQuery,
  checkChangeSet,
  checkChangeSetShape,
  checkGraphData,
  checkAuditSequence,
  checkExpectedVersions,
  isGovgraphError,
  touchedIds,
} from '@govgraph/core';
import {
  COUNT_ENTITIES,
  COUNT_LINKS,
  SCHEMA_NAMES,
  MIGRATION_STATEMENTS,
  PREPARE_FOR_REPLANNING,
  RESAMPLE_OUTDATED_INDEXES,
  whitelistEntityKind,
} from './cypher.js';
import {
  AUDIT_MIGRATION_STATEMENTS,
  appendAuditEntry,
  asStoredChanges,
  lockAndReadFacts,
  lockAndReadNewestSequence,
  readAuditLog,
  readNewestSequence,
} from './audited-write.js';
import { entityFromProperties, linkFromProperties } from './encoding.js';
import {
  clearStagedAndRetiredStatement,
  compareStagedWithLiveStatements,
  stageEntitiesStatements,
  stageLinksStatements,
  switchStatements,
  deleteEntitiesStatement,
  deleteLinksStatement,
  entitiesByIdStatement,
  entityCountsStatement,
  lineageStatements,
  linksAmongStatement,
  linksByIdStatement,
  linksOfKindByIdStatement,
  linksOfStatement,
  linksTouchingStatement,
  neighboursStatement,
  oversightStatement,
  pathStepsStatement,
  searchCandidatesStatement,
  shortestPathsStatement,
  snapshotStatements,
  upsertEntitiesStatement,
  upsertLinksStatement,
  type Statement,
} from './statements.js';
import { isNeo4jCode, redactUri, translateError, translateFailure } from './errors.js';

/** How to reach Neo4j. */
export interface Neo4jStoreOptions {
  /** bolt://, neo4j://, bolt+s://, neo4j+s://, bolt+ssc://, neo4j+ssc:// */
  uri: string;
  /** Omit both user and password for a server with auth off. */
  user?: string | undefined;
  password?: string | undefined;
  /** Database name; default: the server's default database. */
  database?: string | undefined;
  /** How long the driver keeps retrying a transaction on transient failures (ms); default 15 000. */
  maxTransactionRetryTimeMs?: number | undefined;
  /** Rows per UNWIND statement (and per staging transaction) when loading; default 2 000. */
  batchSize?: number | undefined;
  /**
   * Staging transactions `replaceAll` keeps in flight at once; default 2, so the driver encodes one
   * batch while the server writes another. 1 loads strictly one batch after another.
   */
  loadConcurrency?: number | undefined;
  /**
   * Longest a read transaction may run before Neo4j itself abandons it (ms; TIMEOUT error), so a
   * runaway query an API client gave up on stops using the database; default: the server's own limit.
   */
  transactionTimeoutMillis?: number | undefined;
  /**
   * How often an operation still waiting for Neo4j checks that Neo4j answers at all (ms; default
   * {@link DEFAULT_STALL_CHECK_MILLIS}, 0 turns it off). A Neo4j that stops answering without closing
   * its connections (paused, swapping, a network path that drops packets) would otherwise leave the
   * operation waiting for ever: no driver timeout covers a query already sent. When the check finds
   * Neo4j gone (no answer to two connectivity checks in a row, each given 2 s) the operation fails
   * with STORE_UNAVAILABLE; while Neo4j answers, a slow query goes on, so big reads are not cut
   * short. So an operation fails at most this plus 4 s after Neo4j goes away, however it goes.
   */
  stallCheckMillis?: number | undefined;
}

/** Default of {@link Neo4jStoreOptions.stallCheckMillis}: 5 s. */
export const DEFAULT_STALL_CHECK_MILLIS = 5_000;

/** Default of {@link Neo4jStoreOptions.maxTransactionRetryTimeMs}: 15 s. */
export const DEFAULT_MAX_TRANSACTION_RETRY_MILLIS = 15_000;

/** The driver's timeout for opening a connection (TCP and Bolt handshake): 5 s. */
export const CONNECTION_TIMEOUT_MILLIS = 5_000;

/** The driver's timeout for getting a connection from its pool (opening one included): 10 s. */
export const CONNECTION_ACQUISITION_TIMEOUT_MILLIS = 10_000;

type Row = Record<string, unknown>;
type RawLink = { props: Row; from: string; to: string };

/** Runs a statement built by `statements.ts`, exactly as built. */
function run(tx: ManagedTransaction, statement: Statement) {
  return tx.run(statement.text, statement.parameters);
}

function toLink(raw: RawLink): Link {
  return linkFromProperties(raw.props, raw.from, raw.to);
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Runs `work` on every item with at most `concurrency` running at once. After the first failure no
 * new item starts; the ones running finish, then that failure is thrown.
 */
async function inParallel<T>(items: readonly T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async (): Promise<void> => {
    while (!failure && next < items.length) {
      const item = items[next++] as T;
      try {
        await work(item);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, worker));
  if (failure) throw failure.error;
}

function groupBy<T, K extends string>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/** The Neo4j store. Create with {@link createNeo4jStore}. */
/**
 * Shortest paths `path` lets Neo4j list in one query before it searches level by level instead:
 * a few in governance data, 248,832 in the dense-web contract test.
 */
const PATHS_LISTED_AT_MOST = 1_000;

/** How long {@link Neo4jStore.reachable} waits for Neo4j to answer before calling it gone. */
const REACHABLE_CHECK_MILLIS = 2_000;

/**
 * How the staged graph differs from the live one, fact by fact, for a load's audit entry. Read in
 * one transaction before the switch: each staged fact looks up its live twin through the id index;
 * what is removed is counted from the count store, and the removed facts are scanned for only
 * when there are few enough to list.
 */
async function compareStagedWithLive(tx: ManagedTransaction): Promise<Pick<GraphReplacement, 'entities' | 'links'>> {
  const statements = compareStagedWithLiveStatements(MAX_LISTED_REPLACED_IDS + 1);
  const first = async (statement: Statement) => (await run(tx, statement)).records[0]!;
  const removedIds = async (removed: number, statement: Statement): Promise<string[]> =>
    removed > 0 && removed <= MAX_LISTED_REPLACED_IDS ? ((await first(statement)).get('removedIds') as string[]) : [];

  const staged = await first(statements.entityDifferences);
  const removedEntities = Number((await first(statements.liveEntities)).get('live')) - Number(staged.get('matched'));
  const entities = toReplacedFacts({
    added: Number(staged.get('added')),
    changed: Number(staged.get('changed')),
    removed: removedEntities,
    addedIds: staged.get('addedIds') as string[],
    changedIds: staged.get('changedIds') as string[],
    removedIds: await removedIds(removedEntities, statements.removedEntities),
  });
  const links = { added: 0, removed: 0, changed: 0, addedIds: [] as string[], removedIds: [] as string[], changedIds: [] as string[] };
  for (const comparison of statements.linkKinds) {
    const ofKind = await first(comparison.differences);
    const live = Number((await first(comparison.total)).get('total')) - Number(ofKind.get('staged'));
    const removed = live - Number(ofKind.get('matched'));
    links.added += Number(ofKind.get('added'));
    links.changed += Number(ofKind.get('changed'));
    links.removed += removed;
    links.addedIds.push(...(ofKind.get('addedIds') as string[]));
    links.changedIds.push(...(ofKind.get('changedIds') as string[]));
    links.removedIds.push(...(await removedIds(removed, comparison.removed)));
  }
  return { entities, links: toReplacedFacts(links) };
}

class Neo4jStore implements GraphStore {
  readonly name = 'neo4j';
  private closed = false;

  constructor(
    private readonly driver: Driver,
    private readonly options: Neo4jStoreOptions,
  ) {}

  private session(mode: 'READ' | 'WRITE'): Session {
    if (this.closed) throw new GovgraphError('STORE_UNAVAILABLE', `the Neo4j store for ${redactUri(this.options.uri)} is closed`);
    return this.driver.session({
      database: this.options.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
  }

  /** The GovgraphError for a failed operation; see {@link translateFailure}. */
  private failure(error: unknown, doing: string): Promise<GovgraphError> {
    return translateFailure(error, this.options.uri, doing, () => this.reachable());
  }

  /** Whether Neo4j answers a connectivity check within two seconds. */
  private async reachable(): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const giveUp = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), REACHABLE_CHECK_MILLIS);
    });
    try {
      const check = this.driver.verifyConnectivity({ database: this.options.database }).then(
        () => true,
        () => false,
      );
      return await Promise.race([check, giveUp]);
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * Waits for `work`, checking every `stallCheckMillis` that Neo4j still answers: STORE_UNAVAILABLE
   * (and `stalled()` true) once it does not, so a server that stopped answering never leaves a
   * caller waiting.
   */
  private async watched<T>(doing: string, work: Promise<T>, stalled: () => void): Promise<T> {
    const every = this.options.stallCheckMillis ?? DEFAULT_STALL_CHECK_MILLIS;
    if (every <= 0) return work;
    work.catch(() => undefined); // abandoned once Neo4j is found gone: nobody waits for it then
    const started = Date.now();
    for (;;) {
      let timer: NodeJS.Timeout | undefined;
      const tick = new Promise<'tick'>((resolve) => {
        timer = setTimeout(() => resolve('tick'), every);
      });
      try {
        const outcome = await Promise.race([work.then((value) => ({ value })), tick]);
        if (outcome !== 'tick') return outcome.value;
      } finally {
        clearTimeout(timer);
      }
      // Two checks in a row, so one slow answer from a busy Neo4j (a long GC pause) is not taken for an outage.
      if (!(await this.reachable()) && !(await this.reachable())) {
        stalled();
        const where = redactUri(this.options.uri);
        throw new GovgraphError(
          'STORE_UNAVAILABLE',
          `Neo4j at ${where} is unavailable while ${doing}: no answer after ${Date.now() - started} ms, and it does not answer a connectivity check`,
          { uri: where },
        );
      }
    }
  }

  private async read<T>(doing: string, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const timeout = this.options.transactionTimeoutMillis;
    return this.inSession('READ', doing, (session) => session.executeRead(work, timeout ? { timeout } : undefined));
  }

  private async write<T>(doing: string, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return this.inSession('WRITE', doing, (session) => session.executeWrite(work));
  }

  /** Runs one managed transaction in a new session, watched for a stalled server, with failures translated. */
  private async inSession<T>(mode: 'READ' | 'WRITE', doing: string, run: (session: Session) => Promise<T>): Promise<T> {
    const session = this.session(mode);
    let stalled = false;
    try {
      return await this.watched(doing, run(session), () => {
        stalled = true;
      });
    } catch (error) {
      throw await this.failure(error, doing);
    } finally {
      // A stalled session closes only once Neo4j answers again: let it, without waiting.
      const closing = session.close().catch(() => undefined);
      if (!stalled) await closing;
    }
  }

  /** Creates the constraints and indexes (idempotent; skipped when all exist already). */
  async migrate(): Promise<void> {
    const existing = await this.read('reading the schema', async (tx) => {
      const names: string[] = [];
      for (const statement of SCHEMA_NAMES) names.push(...(await tx.run(statement)).records.map((r) => r.get('name') as string));
      return names;
    });
    const missing = [...MIGRATION_STATEMENTS, ...AUDIT_MIGRATION_STATEMENTS].filter((statement) => !existing.some((name) => statement.includes(` ${name} IF NOT EXISTS`)));
    if (missing.length === 0) return;
    // Schema-only statements may share one transaction (they may not share one with data writes).
    await this.write('creating constraints and indexes', async (tx) => {
      for (const statement of missing) await tx.run(statement);
    });
  }

  private get batchSize(): number {
    return this.options.batchSize ?? 2_000;
  }

  private get loadConcurrency(): number {
    return this.options.loadConcurrency ?? 2;
  }

  private async upsertEntities(tx: ManagedTransaction, entities: readonly Entity[]): Promise<void> {
    for (const [kind, group] of groupBy(entities, (e) => whitelistEntityKind(e.kind))) {
      for (const batch of chunks(group, this.batchSize)) {
        await run(tx, upsertEntitiesStatement(kind, batch));
      }
    }
  }

  private async upsertLinks(tx: ManagedTransaction, links: readonly Link[]): Promise<void> {
    for (const [kind, group] of groupBy(links, (l) => checkLinkKinds([l.kind], [])[0]!)) {
      for (const batch of chunks(group, this.batchSize)) {
        const result = await run(tx, upsertLinksStatement(kind, batch));
        const written = Number(result.records[0]?.get('written') ?? 0);
        if (written !== batch.length) {
          // Ends were checked before the transaction; this only happens if the graph changed under us.
          throw new GovgraphError('CONFLICT', `only ${written} of ${batch.length} ${kind} links found both their ends`);
        }
      }
    }
  }

  private async deleteLinks(tx: ManagedTransaction, ids: readonly string[]): Promise<void> {
    if (ids.length > 0) await run(tx, deleteLinksStatement(ids));
  }

  /** Runs one auto-commit query (`CALL … IN TRANSACTIONS` cannot run inside a managed transaction). */
  private async autoCommit(doing: string, statement: Statement): Promise<void> {
    await this.inSession('WRITE', doing, async (session) => {
      await session.run(statement.text, statement.parameters);
    });
  }

  /**
   * Stage, then switch: the new graph is written as `:GovgraphStaging` nodes in batches (each its
   * own transaction, so memory stays flat however big the graph; `loadConcurrency` of them in flight
   * at once, so encoding the next batch overlaps the server writing this one), invisible to every
   * query; one transaction then retires the live nodes and promotes the staged ones (labels only);
   * the retired graph is deleted afterwards. Until the switch commits, readers see the previous graph;
   * an interrupted load leaves only invisible staged nodes, cleared by the next load. An audited or
   * expecting load checks the audit log before staging (to fail fast) and again, under the audit
   * lock, in the switch transaction, which also appends its entry.
   */
  async replaceAll(data: GraphData, options: ReplaceAllOptions = {}): Promise<ApplyResult> {
    checkGraphData(data);
    checkAuditContext(options.audit);
    if (options.expectAuditSequence !== undefined) {
      const newest = await this.read('reading the audit log', readNewestSequence);
      checkAuditSequence(options.expectAuditSequence, newest);
    }
    await this.autoCommit('clearing an earlier load', clearStagedAndRetiredStatement());
    // Element id of every staged node, so staging a link finds its ends without an index seek.
    const stagedNodes = new Map<string, string>();
    await inParallel(chunks(data.entities, this.batchSize), this.loadConcurrency, async (batch) => {
      const staging = stageEntitiesStatements(batch);
      const nodes = await this.write('staging entities', async (tx) => {
        // A batch whose commit succeeded but was retried (connection lost on commit) is already there.
        if ((await run(tx, staging.exists)).records[0]?.get('found')) return (await run(tx, staging.nodes)).records;
        return (await run(tx, staging.stage)).records;
      });
      for (const node of nodes) stagedNodes.set(node.get('id') as string, node.get('node') as string);
    });
    const linkBatches = [...groupBy(data.links, (l) => checkLinkKinds([l.kind], [])[0]!)].flatMap(([kind, group]) =>
      chunks(group, this.batchSize).map((batch) => ({ kind, batch })),
    );
    await inParallel(linkBatches, this.loadConcurrency, async ({ kind, batch }) => {
      const staging = stageLinksStatements(kind, batch, stagedNodes);
      await this.write('staging links', async (tx) => {
        if ((await run(tx, staging.exists)).records[0]?.get('found')) return;
        const result = await run(tx, staging.stage);
        const written = Number(result.records[0]?.get('written') ?? 0);
        if (written !== batch.length) throw new GovgraphError('CONFLICT', `only ${written} of ${batch.length} staged ${kind} links found both their ends: is another load running?`);
      });
    });
    const audited = options.audit !== undefined || options.expectAuditSequence !== undefined;
    const differences = options.audit ? await this.write('comparing the loaded graph with the live one', compareStagedWithLive) : undefined;
    let auditEntry: AuditEntry | undefined;
    try {
      auditEntry = await this.write('switching to the new graph', async (tx) => {
        if (audited) checkAuditSequence(options.expectAuditSequence, await lockAndReadNewestSequence(tx));
        const theSwitch = switchStatements();
        const staged = Number((await run(tx, theSwitch.countStaged)).records[0]?.get('count') ?? 0);
        if (staged !== data.entities.length) {
          throw new GovgraphError('CONFLICT', `${staged} entities are staged but ${data.entities.length} were loaded: is another load running? Nothing was changed.`);
        }
        const before = options.audit ? (await run(tx, theSwitch.countLive)).records[0] : undefined;
        await run(tx, theSwitch.retireLive);
        const promoted = Number((await run(tx, theSwitch.promoteStaged)).records[0]?.get('promoted') ?? 0);
        if (promoted !== staged) throw new GovgraphError('CONFLICT', `only ${promoted} of ${staged} staged entities could be promoted. Nothing was changed.`);
        if (!options.audit) return undefined;
        const replacedGraph = {
          before: { entities: Number(before?.get('entities') ?? 0), links: Number(before?.get('links') ?? 0) },
          after: { entities: data.entities.length, links: data.links.length },
          ...differences,
        };
        return appendAuditEntry(tx, new Date(), options.audit, [], replacedGraph);
      });
    } catch (error) {
      // A refused switch leaves the staged graph; clear it now rather than at the next load.
      if (isGovgraphError(error, 'CONFLICT')) await this.autoCommit('clearing a refused load', clearStagedAndRetiredStatement()).catch(() => undefined);
      throw error;
    }
    await this.autoCommit('deleting the replaced graph', clearStagedAndRetiredStatement());
    await this.refreshPlannerStatistics();
    const result: ApplyResult = await this.stats();
    if (auditEntry) result.auditEntry = auditEntry;
    return result;
  }

  /**
   * Right after a load Neo4j's index samples still describe the graph before it, and a query planned
   * on them can get a plan ten times slower than it gets once Neo4j resamples by itself (seen in the
   * bench). As an admin (every Community user is one) the load resamples, waits and clears the query
   * caches; a user without the right schedules the resample instead, and Neo4j replans as it lands.
   */
  private async refreshPlannerStatistics(): Promise<void> {
    const doing = 'resampling the index statistics after the load (the new graph is in place)';
    const session = this.session('WRITE');
    try {
      await session.run(PREPARE_FOR_REPLANNING);
    } catch (error) {
      if (!isNeo4jCode(error, 'Neo.ClientError.Security.Forbidden')) throw await this.failure(error, doing);
      await session.run(RESAMPLE_OUTDATED_INDEXES).catch(async (retryError: unknown) => {
        throw await this.failure(retryError, doing);
      });
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  /**
   * One transaction, serialised with every other apply by the audit lock: read the touched facts,
   * check the expected versions (CONFLICT, thrown from the transaction function: the driver rolls
   * back and does not retry it), validate, write, and append the audit entry. See audited-write.ts.
   */
  async apply(changes: ChangeSet, options: ApplyOptions = {}): Promise<ApplyResult> {
    checkChangeSetShape(changes);
    checkAuditContext(options.audit);
    const upsertEntities = changes.upsertEntities ?? [];
    const upsertLinks = changes.upsertLinks ?? [];
    const deleteLinkIds = changes.deleteLinkIds ?? [];
    const deleteEntityIds = changes.deleteEntityIds ?? [];
    // Read inside the transaction: expected facts, everything an audited write changes (its
    // "before"), and deleted entities and link ends, to check the change leaves a consistent graph.
    const touched = touchedIds(options.audit ? changes : { deleteEntityIds }, options.expect);
    const entityIds = [...new Set([...touched.entity, ...upsertLinks.flatMap((l) => [l.from, l.to])])];
    const auditEntry = await this.write('applying changes', async (tx) => {
      const current = await lockAndReadFacts(tx, entityIds, touched.link);
      checkExpectedVersions(options.expect, current);
      const touching = deleteEntityIds.length > 0 ? await run(tx, linksTouchingStatement(deleteEntityIds)) : { records: [] };
      const linksTouching = new Map<string, string[]>();
      for (const record of touching.records) {
        const entityId = record.get('entityId') as string;
        linksTouching.set(entityId, [...(linksTouching.get(entityId) ?? []), record.get('linkId') as string]);
      }
      checkChangeSet(changes, { entityExists: (id) => current.existingEntityIds.has(id), linksTouching: (id) => linksTouching.get(id) ?? [] });
      const changed = options.audit ? auditChanges(asStoredChanges(changes), current) : [];
      // Same order as every store: delete links (an upserted link replaces its old version, even if
      // its kind or ends changed), delete entities, upsert entities, upsert links.
      await this.deleteLinks(tx, [...deleteLinkIds, ...upsertLinks.map((l) => l.id)]);
      if (deleteEntityIds.length > 0) await run(tx, deleteEntitiesStatement(deleteEntityIds));
      await this.upsertEntities(tx, upsertEntities);
      await this.upsertLinks(tx, upsertLinks);
      // Stamped while the lock is held, so (on one clock) times follow sequence numbers.
      return options.audit && changed.length > 0 ? appendAuditEntry(tx, new Date(), options.audit, changed) : undefined;
    });
    const result: ApplyResult = await this.stats();
    if (auditEntry) result.auditEntry = auditEntry;
    return result;
  }

  async auditLog(query?: AuditLogQuery): Promise<AuditEntry[]> {
    const checked = checkAuditLogQuery(query);
    return this.read('reading the audit log', (tx) => readAuditLog(tx, checked));
  }

  async getEntity(id: string): Promise<Entity | null> {
    return (await this.getEntities([id]))[0] ?? null;
  }

  async getEntities(ids: readonly string[]): Promise<(Entity | null)[]> {
    if (ids.length === 0) return [];
    const found = await this.read('reading entities', async (tx) => {
      const result = await run(tx, entitiesByIdStatement(ids));
      return new Map(result.records.map((r) => [r.get('id') as string, entityFromProperties(r.get('props') as Row)]));
    });
    return ids.map((id) => found.get(id) ?? null);
  }

  async getLink(id: string): Promise<Link | null> {
    // A default id (KIND:from->to) names its kind: look there first, through that kind's index.
    const named = LINK_KINDS.find((kind) => id.startsWith(`${kind}:`));
    return this.read('reading a link', async (tx) => {
      const result = named ? await run(tx, linksOfKindByIdStatement(named, [id])) : { records: [] };
      const first = result.records.length > 0 ? result : await run(tx, linksByIdStatement([id]));
      const raw = first.records[0]?.get('link') as RawLink | undefined;
      return raw ? toLink(raw) : null;
    });
  }

  async linksOf(entityId: string, options: Parameters<GraphStore['linksOf']>[1] = {}): Promise<Link[]> {
    const statement = linksOfStatement(entityId, checkLinksOfOptions(options));
    const links = await this.read('reading links', async (tx) => {
      const result = await run(tx, statement);
      return result.records.map((r) => toLink(r.get('link') as RawLink));
    });
    return links.sort(compareById);
  }

  async search(text: string, options: Parameters<GraphStore['search']>[1] = {}): Promise<SearchHit[]> {
    const checked = checkSearchOptions(options);
    const q = normaliseSearchText(text);
    if (q === '') return [];
    const statement = searchCandidatesStatement(q, checked);
    const candidates = await this.read('searching', async (tx) => {
      const result = await run(tx, statement);
      return result.records.map((r) => entityFromProperties(r.get('props') as Row));
    });
    const hits: SearchHit[] = [];
    for (const entity of candidates) {
      const match = bestSearchMatch(text, entity);
      if (match) hits.push({ entity, ...match });
    }
    return rankSearchHits(hits, checked.limit);
  }

  async lineage(entityId: string): Promise<{ predecessors: Link[]; successors: Link[] }> {
    const statements = lineageStatements(entityId);
    return this.read('reading lineage', async (tx) => {
      const before = await run(tx, statements.predecessors);
      const after = await run(tx, statements.successors);
      return {
        predecessors: before.records.map((r) => toLink(r.get('link') as RawLink)).sort(compareById),
        successors: after.records.map((r) => toLink(r.get('link') as RawLink)).sort(compareById),
      };
    });
  }

  async oversight(dutyId: string, options: Parameters<GraphStore['oversight']>[1]) {
    const checked = checkAsOfOptions(options);
    const asOf = checked.asOf;
    const statement = oversightStatement(dutyId, checked);
    return this.read('answering oversight', async (tx) => {
      const result = await run(tx, statement);
      const first = result.records[0];
      if (!first) return null;
      const entries = new Map<string, OversightEntry>();
      for (const record of result.records) {
        const bodyProps = record.get('body') as Row | null;
        if (!bodyProps) continue;
        const roleLink = toLink(record.get('roleLink') as RawLink);
        const direct: OversightEntry = { body: entityFromProperties(bodyProps), role: roleLink.kind as OversightEntry['role'], inherited: false, chain: [roleLink] };
        entries.set(JSON.stringify([roleLink.id]), direct);
        const inherited = record.get('inherited') as { top: Row; ups: RawLink[] } | null;
        if (inherited) {
          const chain = [roleLink, ...inherited.ups.map(toLink)];
          entries.set(JSON.stringify(chain.map((l) => l.id)), { body: entityFromProperties(inherited.top), role: 'OVERSEES', inherited: true, chain });
        }
      }
      return { duty: entityFromProperties(first.get('duty') as Row), asOf, entries: sortOversightEntries([...entries.values()]) };
    });
  }

  async path(fromId: string, toId: string, options: Parameters<GraphStore['path']>[2]): Promise<GraphPath[]> {
    const checked = checkPathOptions(options);
    const { kinds, limit } = checked;
    return this.read('finding paths', async (tx): Promise<GraphPath[]> => {
      if (fromId === toId) {
        const record = (await run(tx, entityCountsStatement(fromId, checked))).records[0];
        return record?.get('counts') ? [{ nodes: [entityFromProperties(record.get('props') as Row)], links: [] }] : [];
      }
      if (kinds.length === 0) return [];
      // Usually there are a handful of shortest paths: one query lists them all, and they are sorted here.
      const cap = PATHS_LISTED_AT_MOST + 1;
      const listed = await run(tx, shortestPathsStatement(fromId, toId, checked, cap));
      if (listed.records.length < cap) {
        const paths = listed.records.map((r) => ({ nodes: (r.get('nodes') as Row[]).map(entityFromProperties), links: (r.get('links') as RawLink[]).map(toLink) }));
        return paths.sort(comparePaths).slice(0, limit);
      }
      return this.firstPathsLevelByLevel(tx, fromId, toId, checked);
    });
  }

  /**
   * `path` on a dense web (more than {@link PATHS_LISTED_AT_MOST} equally short paths): core's
   * `firstShortestPaths`, one query per level, building only the paths it returns.
   */
  private async firstPathsLevelByLevel(
    tx: ManagedTransaction,
    fromId: string,
    toId: string,
    checked: CheckedPathOptions,
  ): Promise<GraphPath[]> {
    const found = await firstShortestPaths(fromId, toId, checked.maxHops, checked.limit, async (ids) =>
      (await run(tx, pathStepsStatement(ids, checked))).records.map((r) => ({
        near: r.get('near') as string,
        link: toLink(r.get('link') as RawLink),
        far: r.get('far') as string,
      })),
    );
    const ids = [...new Set([fromId, ...found.flatMap((links) => links.flatMap((l) => [l.from, l.to]))])];
    const entities = new Map<string, Entity>();
    for (const record of (await run(tx, entitiesByIdStatement(ids))).records) entities.set(record.get('id') as string, entityFromProperties(record.get('props') as Row));
    return found.map((links) => {
      const nodes: Entity[] = [entities.get(fromId)!];
      for (const link of links) nodes.push(entities.get(link.from === nodes[nodes.length - 1]!.id ? link.to : link.from)!);
      return { nodes, links };
    });
  }

  async interdependencies(focusId: string, options: Parameters<GraphStore['interdependencies']>[1]) {
    const checked = checkSubgraphOptions(options);
    const { depth, kinds } = checked;
    return this.read('reading interdependencies', async (tx) => {
      const focusResult = await run(tx, entityCountsStatement(focusId, checked));
      const focusRecord = focusResult.records[0];
      if (!focusRecord) return null;
      const focus = entityFromProperties(focusRecord.get('props') as Row);
      if (!focusRecord.get('counts')) return { focus, nodes: [], links: [] };
      const ids = await reachWithin(focusId, depth, async (frontier, reached) =>
        kinds.length > 0 ? (await run(tx, neighboursStatement(frontier, reached, checked))).records.map((r) => r.get('id') as string) : [],
      );
      const nodes = await run(tx, entitiesByIdStatement(ids));
      const links = kinds.length > 0 ? await run(tx, linksAmongStatement(ids, checked)) : { records: [] };
      return {
        focus,
        nodes: nodes.records.map((r) => entityFromProperties(r.get('props') as Row)).sort(compareById),
        links: links.records.map((r) => toLink(r.get('link') as RawLink)).sort(compareById),
      };
    });
  }

  async snapshot(options: Parameters<GraphStore['snapshot']>[0] = {}): Promise<GraphData> {
    const statements = snapshotStatements(checkSnapshotOptions(options));
    return this.read('reading a snapshot', async (tx) => {
      const entities = await run(tx, statements.entities);
      const links = await run(tx, statements.links);
      return {
        entities: entities.records.map((r) => entityFromProperties(r.get('props') as Row)).sort(compareById),
        links: links.records.map((r) => toLink(r.get('link') as RawLink)).sort(compareById),
      };
    });
  }

  async stats(): Promise<StoreStats> {
    return this.read('counting', async (tx) => {
      const entityCounts = await tx.run(COUNT_ENTITIES);
      const linkCounts = await tx.run(COUNT_LINKS);
      const stats: StoreStats = { entities: 0, links: 0, entitiesByKind: {}, linksByKind: {} };
      for (const kind of ENTITY_KINDS) {
        const count = Number(entityCounts.records.find((r) => r.get('kind') === kind)?.get('count') ?? 0);
        if (count > 0) stats.entitiesByKind[kind as EntityKind] = count;
        stats.entities += count;
      }
      for (const record of linkCounts.records) {
        const count = Number(record.get('count'));
        if (count > 0) stats.linksByKind[record.get('kind') as LinkKind] = count;
        stats.links += count;
      }
      return stats;
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.driver.close();
  }
}

/**
 * Connects to Neo4j, checks the server answers (a clear STORE_UNAVAILABLE / STORE_AUTH_FAILED error
 * naming the URI otherwise) and creates the constraints and indexes govgraph needs.
 */
export async function createNeo4jStore(options: Neo4jStoreOptions): Promise<GraphStore> {
  const where = redactUri(options.uri);
  let driver: Driver;
  try {
    const auth = options.user !== undefined || options.password !== undefined ? neo4j.auth.basic(options.user ?? 'neo4j', options.password ?? '') : undefined;
    driver = neo4j.driver(options.uri, auth, {
      disableLosslessIntegers: true,
      maxTransactionRetryTime: options.maxTransactionRetryTimeMs ?? DEFAULT_MAX_TRANSACTION_RETRY_MILLIS,
      connectionTimeout: CONNECTION_TIMEOUT_MILLIS,
      connectionAcquisitionTimeout: CONNECTION_ACQUISITION_TIMEOUT_MILLIS,
      logging: { level: 'error', logger: () => {} },
    });
  } catch (error) {
    throw new GovgraphError('INVALID_INPUT', `cannot use Neo4j URI ${where}: ${error instanceof Error ? error.message : String(error)}`, { uri: where });
  }
  try {
    await driver.verifyConnectivity({ database: options.database });
  } catch (error) {
    await driver.close().catch(() => undefined);
    const translated = translateError(error, options.uri, 'connecting');
    if (translated.code === 'STORE_ERROR') {
      throw new GovgraphError('STORE_UNAVAILABLE', `cannot connect to Neo4j at ${where}: ${error instanceof Error ? error.message : String(error)}`, { uri: where }, { cause: error });
    }
    throw translated;
  }
  const store = new Neo4jStore(driver, options);
  try {
    await store.migrate();
  } catch (error) {
    await driver.close().catch(() => undefined);
    throw error;
  }
  return store;
}
