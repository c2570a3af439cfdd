/**
 * The storage port: what every govgraph store (embedded memory, Neo4j, ...) must answer. The GraphQL
 * layer, CLI, diagrams, analytics and minutes ingestion depend on this interface only, never on a
 * store. Each method's meaning is stated once, on {@link GraphStore}; the store contract
 * (`@govgraph/store-contract`) holds every store to it.
 */
import { LINK_KINDS, type Entity, type EntityKind, type GraphData, type Link, type LinkKind } from './ontology.js';
import type { IsoDay } from './time.js';

/** Link kinds that record evidence (meetings, attendance, mentions) rather than governance. */
export const EVIDENCE_LINK_KINDS: readonly LinkKind[] = ['MEETING_OF', 'ATTENDED', 'SENT_APOLOGIES', 'MENTIONS'];

/** Link kinds that carry governance; evidence links are left out of traversals by default. */
export const GOVERNANCE_LINK_KINDS: readonly LinkKind[] = LINK_KINDS.filter((kind) => !EVIDENCE_LINK_KINDS.includes(kind));

/** How far oversight is inherited up SUB_GROUP_OF / REPORTS_TO chains. */
export const MAX_OVERSIGHT_INHERITANCE = 4;

/** Options shared by every as-of query. `asOf` is always resolved (callers default it to today). */
export interface AsOfOptions {
  /** The day the question is asked about. */
  asOf: IsoDay;
  /** Only facts of this partnership area (entities without an area, the national layer, always count). */
  area?: string | undefined;
}

/** One body that oversees, leads or delivers a duty, and why we say so. */
export interface OversightEntry {
  /** The body (or organisation) that holds the role. */
  body: Entity;
  /** OVERSEES, LEADS or DELIVERS; inherited entries are always OVERSEES. */
  role: 'OVERSEES' | 'LEADS' | 'DELIVERS';
  /** True when the role comes through a sub-group or a body that reports to this one. */
  inherited: boolean;
  /**
   * The links that justify the entry, starting with the link into the duty
   * (`X -ROLE-> duty`), then each `SUB_GROUP_OF`/`REPORTS_TO` link up to `body`.
   */
  chain: Link[];
}

/** Who oversees a duty on a day. Entries are sorted: direct before inherited, shorter chains first, then by body id and chain link ids. */
export interface OversightAnswer {
  duty: Entity;
  asOf: IsoDay;
  entries: OversightEntry[];
}

/** One path between two entities; `nodes[i]` and `nodes[i+1]` are joined by `links[i]` (in either direction). */
export interface GraphPath {
  nodes: Entity[];
  links: Link[];
}

/** Options of {@link GraphStore.path}. */
export interface PathOptions extends AsOfOptions {
  /** Longest path considered (1-6). */
  maxHops: number;
  /** Link kinds that may be walked; default {@link GOVERNANCE_LINK_KINDS}. */
  kinds?: readonly LinkKind[] | undefined;
  /** Most paths returned. */
  limit?: number | undefined;
}

/** Options of {@link GraphStore.interdependencies}. */
export interface SubgraphOptions extends AsOfOptions {
  /** Hops from the focus, walked in either direction (0-4). */
  depth: number;
  /** Link kinds that may be walked; default {@link GOVERNANCE_LINK_KINDS}. */
  kinds?: readonly LinkKind[] | undefined;
}

/** The neighbourhood of an entity: nodes sorted by id, links sorted by id, every link between two returned nodes of an allowed kind. */
export interface Subgraph {
  focus: Entity;
  nodes: Entity[];
  links: Link[];
}

/** How a search hit matched. */
export type SearchMatchKind = 'id' | 'name' | 'former-name' | 'alias';

/** One search result. */
export interface SearchHit {
  entity: Entity;
  /** The name, former name, alias or id that matched. */
  matched: string;
  matchKind: SearchMatchKind;
  /** Higher is better; see `scoreSearchMatch`. */
  score: number;
}

/** Options of {@link GraphStore.search}. */
export interface SearchOptions {
  kinds?: readonly EntityKind[] | undefined;
  area?: string | undefined;
  limit?: number | undefined;
}

/** An entity's lineage: every SUCCEEDED_BY link reachable backwards and forwards. */
export interface Lineage {
  predecessors: Link[];
  successors: Link[];
}

/** A set of writes applied as one transaction. */
export interface ChangeSet {
  upsertEntities?: Entity[] | undefined;
  upsertLinks?: Link[] | undefined;
  deleteLinkIds?: string[] | undefined;
  deleteEntityIds?: string[] | undefined;
}

/** Which sort of fact a version expectation or audit change is about. */
export type FactTarget = 'entity' | 'link';

/**
 * What an editor read: the fact's version (see `factVersion`), or null for "must not exist yet".
 * A store checks every expectation inside the write transaction.
 */
export interface ExpectedVersion {
  target: FactTarget;
  id: string;
  version: string | null;
}

/** Who makes a write and on what authority; recorded with the write in the audit log. */
export interface AuditContext {
  /** The person or API key name making the change. */
  actor: string;
  /** The actor's role when they made it, e.g. "editor". */
  role?: string | undefined;
  /** What was done, e.g. "createEntity", "endLink", "ingestMinutes". */
  action: string;
  /** The Source entity id that justifies the change. */
  source?: string | undefined;
  /** Free text from the actor. */
  comment?: string | undefined;
}

/** One fact before and after a write; null before means created, null after means deleted. */
export interface AuditChange {
  target: FactTarget;
  id: string;
  before: Entity | Link | null;
  after: Entity | Link | null;
}

/** How big a graph is, as the audit entry of a whole-graph replacement records it. */
export interface GraphCounts {
  entities: number;
  links: number;
}

/**
 * How the facts of one target (entities or links) differ between the graph a load replaced and the
 * graph it loaded, matched by id: a load's audit entry says what it undid without copying a national
 * graph into the log.
 */
export interface ReplacedFacts {
  /** Ids only in the new graph. */
  added: number;
  /** Ids only in the old graph: what the load removed. */
  removed: number;
  /** Ids in both whose fact differs in anything (for a link, its ends too). */
  changed: number;
  /** The added ids, sorted, when there are at most {@link MAX_LISTED_REPLACED_IDS}; absent past that. */
  addedIds?: string[] | undefined;
  /** The removed ids, likewise. */
  removedIds?: string[] | undefined;
  /** The changed ids, likewise. */
  changedIds?: string[] | undefined;
}

/** Most ids of one kind of difference a load's audit entry lists (the counts are always there). */
export const MAX_LISTED_REPLACED_IDS = 100;

/** The graph before and after an audited `replaceAll`. */
export interface GraphReplacement {
  before: GraphCounts;
  after: GraphCounts;
  /**
   * What differs, fact by fact. Absent from loads recorded before govgraph kept it. Compared just
   * before the switch: exact when the load passed `expectAuditSequence` (no audited write can land
   * in between), and `govgraph load` always does.
   */
  entities?: ReplacedFacts | undefined;
  links?: ReplacedFacts | undefined;
}

/** One acknowledged write, as the audit log keeps it forever. */
export interface AuditEntry extends AuditContext {
  /** 1, 2, 3, ...: the order writes were committed in. */
  sequence: number;
  /** When the store committed it (ISO 8601 instant, UTC). */
  at: string;
  /**
   * Every fact the write changed, sorted by target then id. Empty for a whole-graph replacement:
   * listing a national graph fact by fact would dwarf the log, so that entry has `replacedGraph`.
   */
  changes: AuditChange[];
  /** Set only on the entry of an audited `replaceAll` (a load): the graph's size before and after, and which facts differ. */
  replacedGraph?: GraphReplacement | undefined;
}

/** Options of {@link GraphStore.replaceAll}. */
export interface ReplaceAllOptions {
  /** When given, the replacement is recorded in the audit log, in the same transaction. */
  audit?: AuditContext | undefined;
  /**
   * The newest audit sequence the caller has seen (0: an empty log). If anything was recorded
   * since, the load is CONFLICT and nothing is replaced: a load never discards edits its caller
   * has not seen.
   */
  expectAuditSequence?: number | undefined;
}

/** Options of {@link GraphStore.apply}. */
export interface ApplyOptions {
  /** Checked inside the write transaction; any mismatch is CONFLICT (details.conflicts) and nothing is written. */
  expect?: readonly ExpectedVersion[] | undefined;
  /** When given, the write is recorded in the audit log in the same transaction (if it changes anything). */
  audit?: AuditContext | undefined;
}

/** What {@link GraphStore.apply} and `replaceAll` return: the counts afterwards and, when audited (and, for `apply`, something changed), the entry written. */
export interface ApplyResult extends StoreStats {
  auditEntry?: AuditEntry | undefined;
}

/** Options of {@link GraphStore.auditLog}. */
export interface AuditLogQuery {
  /** Only entries with a larger sequence (a cursor). */
  after?: number | undefined;
  /** Most entries returned (default 50). */
  limit?: number | undefined;
  /** Only entries that changed this entity or link id. */
  factId?: string | undefined;
  /** Only entries by this actor. */
  actor?: string | undefined;
  /** Only entries of this action, e.g. "load" or "createEntity". */
  action?: string | undefined;
  /** Newest first (descending sequence, `after` then means "older than"); default oldest first. */
  newestFirst?: boolean | undefined;
}

/** Counts after a load or change. */
export interface StoreStats {
  entities: number;
  links: number;
  entitiesByKind: Partial<Record<EntityKind, number>>;
  linksByKind: Partial<Record<LinkKind, number>>;
}

/** Options of {@link GraphStore.linksOf}. */
export interface LinksOfOptions {
  asOf?: IsoDay | undefined;
  kinds?: readonly LinkKind[] | undefined;
  direction?: 'out' | 'in' | 'both' | undefined;
}

/** Options of {@link GraphStore.snapshot}. */
export interface SnapshotOptions {
  /** When given, only facts holding on that day (and whose ends hold). */
  asOf?: IsoDay | undefined;
  area?: string | undefined;
}

/**
 * A govgraph store: what every store (embedded memory, durable memory, Neo4j, ...) answers, and
 * exactly how. This is the one statement of each method's meaning; the stores implement it, and
 * the store contract (`@govgraph/store-contract`) holds each of them to every rule below.
 *
 * Rules every method shares:
 *
 * - Counting on a day: an entity counts when `holdsOn(entity.validity, asOf)` (core's as-of rule)
 *   and, when an `area` is given, its area is absent (national) or equal to it. A link counts when
 *   `holdsOn(link.validity, asOf)` and both its ends count. Status never filters: proposed or agreed
 *   facts count like in-force ones and keep their status. An empty `area` means none.
 * - Options are checked first, with core's checks (`checkPathOptions`, `checkLinksOfOptions`, ...),
 *   before anything is looked up: a malformed or missing `asOf`, `maxHops` outside 1-6, `depth`
 *   outside 0-4, a `limit` that is not a whole number of at least 1, an unknown link kind or a
 *   `linksOf` direction other than out, in or both is INVALID_INPUT.
 * - Results are deterministic and sorted as documented (core's comparators), so every store gives
 *   the same answers in the same order. Reads never see a half-applied write, and never return
 *   something a caller can change the store through; fields that are undefined are left out.
 * - After `close`, every call is STORE_UNAVAILABLE.
 */
export interface GraphStore {
  /** Short name for logs and errors, e.g. "memory" or "neo4j". */
  readonly name: string;

  /**
   * Replaces the whole graph in one transaction: the whole input is checked first (core's
   * `checkGraphData`: unique ids, known kinds, every link joining two of its entities), any
   * problem is INVALID_INPUT with `details.problems`, and a failure of any kind leaves the previous
   * graph exactly as it was. The audit log is kept; with `options.audit` the replacement is
   * appended to it as one entry (no `changes`; `replacedGraph` gives the graph's size before and
   * after and the facts added, removed and changed), and with `expectAuditSequence` it is CONFLICT,
   * replacing nothing, when the log has moved past that sequence (see {@link ReplaceAllOptions}).
   */
  replaceAll(data: GraphData, options?: ReplaceAllOptions): Promise<ApplyResult>;
  /**
   * Upserts and deletes in one transaction (minutes ingestion, edits). The change is checked
   * against the graph first (core's `checkChangeSet`: every link that exists afterwards joins two
   * entities that exist afterwards, no entity deleted while a link not deleted with it still
   * touches it, no id both upserted and deleted, no id upserted twice); any problem is
   * INVALID_INPUT with `details.problems` and nothing changes. Order: delete links, delete
   * entities, upsert entities, upsert links (an upserted link replaces its old version, even with
   * other ends). Upserting an identical fact changes nothing; deleting an id that is not there is
   * a no-op. Writes are serialised: version expectations are checked, the change made and the
   * audit entry appended atomically, so two editors cannot overwrite each other unseen.
   */
  apply(changes: ChangeSet, options?: ApplyOptions): Promise<ApplyResult>;
  /**
   * The append-only audit log, oldest first (ascending sequence) unless `newestFirst`. `replaceAll` leaves it as it is:
   * entries are never changed or removed.
   */
  auditLog(query?: AuditLogQuery): Promise<AuditEntry[]>;

  /** The entity with this id, whatever its dates; null when there is none. */
  getEntity(id: string): Promise<Entity | null>;
  /** Batched lookup; the result is aligned with `ids` (null where missing, repeats allowed). */
  getEntities(ids: readonly string[]): Promise<(Entity | null)[]>;
  /** The link with this id, whatever its dates; null when there is none. */
  getLink(id: string): Promise<Link | null>;
  /**
   * Links touching an entity, sorted by id: leaving it (`out`), arriving at it (`in`) or both (the
   * default; a self-loop once), of the given kinds (default all). With `asOf`, only links that
   * count on that day (both ends too); without, every link whatever its dates. Unknown entity: [].
   */
  linksOf(entityId: string, options?: LinksOfOptions): Promise<Link[]>;
  /**
   * Every entity whose `bestSearchMatch` (core) with `text` is not null (names, former names,
   * aliases and ids, folded as `normaliseSearchText` folds them), of the given kinds and whose
   * area is absent or equals `area`; sorted by score descending, then id; cut to `limit` (default
   * 20). Dates play no part. Text that folds to nothing: [].
   */
  search(text: string, options?: SearchOptions): Promise<SearchHit[]>;
  /**
   * An entity's lineage, regardless of dates: `predecessors` are the SUCCEEDED_BY links reached
   * walking backwards from it (links into it, links into their `from`, ...), `successors` those
   * reached walking forwards; each link once, sorted by id. Unknown entity: both empty.
   */
  lineage(entityId: string): Promise<Lineage>;

  /**
   * Who oversees, leads or delivers a duty on a day (any entity may be asked about; normally a Duty).
   *
   * - Unknown id: null. A duty that does not count (as of the day, in the area): its answer with no entries.
   * - Direct entries: one per counting OVERSEES / LEADS / DELIVERS link into the duty whose `from`
   *   is a Body or an Organisation (people who lead are not entries): role the link's kind, not
   *   inherited, chain that one link.
   * - Inherited entries: from each direct entry's body, counting SUB_GROUP_OF / REPORTS_TO links
   *   followed from child to parent (the parent a Body or Organisation), 1 to
   *   {@link MAX_OVERSIGHT_INHERITANCE} hops. Every simple walk gives one entry for the body it
   *   reaches: role OVERSEES, inherited, chain the direct link then each upward link. In one chain
   *   the duty, the direct body and every body reached are pairwise distinct, so cycles end;
   *   distinct walks give distinct chains, and all are kept.
   * - Sorted by `compareOversightEntries`: direct first, shorter chains first, then body id, then
   *   the chain's link ids.
   */
  oversight(dutyId: string, options: AsOfOptions): Promise<OversightAnswer | null>;
  /**
   * The shortest paths between two entities over counting links of the allowed kinds (default the
   * governance kinds), walked in either direction.
   *
   * - Both ends must exist and count, else []. From an entity to itself: one path, that node, no links.
   * - Every path of the minimal length (at most `maxHops` links; none within that: []), each a
   *   sequence of distinct nodes; parallel links make distinct paths. Sorted by `comparePaths` (all
   *   are equally long, so by their link ids joined with "|"), cut to `limit` (default 10). Core's
   *   `firstShortestPaths` finds them without listing every shortest path of a dense web.
   */
  path(fromId: string, toId: string, options: PathOptions): Promise<GraphPath[]>;
  /**
   * The neighbourhood of an entity.
   *
   * - Unknown focus: null. A focus that does not count: `{ focus, nodes: [], links: [] }`.
   * - Nodes: the focus and every entity reached breadth-first within `depth` hops over counting
   *   links of the allowed kinds (default the governance kinds), in either direction (core's
   *   `reachWithin`), so all of them count.
   * - Links: every counting link of an allowed kind whose two ends are both nodes (links between
   *   two nodes at the edge of the neighbourhood included).
   * - Nodes and links sorted by id.
   */
  interdependencies(focusId: string, options: SubgraphOptions): Promise<Subgraph | null>;

  /**
   * The entities that count (in the area and, if given, on the day) and the links that count
   * between them, each sorted by id; with no options, everything: for analytics, diagrams and export.
   */
  snapshot(options?: SnapshotOptions): Promise<GraphData>;
  /** Totals, and counts by kind (kinds with none are left out). */
  stats(): Promise<StoreStats>;
  /** Releases the store's resources; every later call is STORE_UNAVAILABLE. */
  close(): Promise<void>;
}
