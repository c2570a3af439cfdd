/**
 * The storage port: what every govgraph store (embedded memory, Neo4j, ...) must answer. The GraphQL
 * layer, CLI, diagrams, analytics and minutes ingestion depend on this interface only, never on a
 * store. One contract suite (`tests/contract/define-store-contract.ts`) holds every store to it.
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
 * A govgraph store. Reads never see a half-applied write; `replaceAll` and `apply` are atomic
 * (a failure leaves the previous graph exactly as it was). Results are deterministic and sorted as
 * documented, so that every store gives the same answers.
 */
export interface GraphStore {
  /** Short name for logs and errors, e.g. "memory" or "neo4j". */
  readonly name: string;

  /** Replaces the whole graph in one transaction. */
  replaceAll(data: GraphData): Promise<StoreStats>;
  /** Upserts and deletes in one transaction (minutes ingestion, edits). Upserting an identical fact changes nothing. */
  apply(changes: ChangeSet): Promise<StoreStats>;

  getEntity(id: string): Promise<Entity | null>;
  /** Batched lookup; the result is aligned with `ids` (null where missing). */
  getEntities(ids: readonly string[]): Promise<(Entity | null)[]>;
  getLink(id: string): Promise<Link | null>;
  /** Links touching an entity, sorted by id. */
  linksOf(entityId: string, options?: LinksOfOptions): Promise<Link[]>;
  /** Names, former names, aliases and ids; ranked by `scoreSearchMatch`, ties by id. */
  search(text: string, options?: SearchOptions): Promise<SearchHit[]>;
  lineage(entityId: string): Promise<Lineage>;

  /** Who oversees, leads or delivers a duty on a day, directly or inherited. Null when the duty is unknown. */
  oversight(dutyId: string, options: AsOfOptions): Promise<OversightAnswer | null>;
  /** Shortest governance paths between two entities (all of the shortest length, up to `limit`), sorted by link ids. */
  path(fromId: string, toId: string, options: PathOptions): Promise<GraphPath[]>;
  /** The neighbourhood of an entity. Null when the focus is unknown. */
  interdependencies(focusId: string, options: SubgraphOptions): Promise<Subgraph | null>;

  /** All entities and links (optionally as of a day), sorted by id: for analytics, diagrams and export. */
  snapshot(options?: SnapshotOptions): Promise<GraphData>;
  stats(): Promise<StoreStats>;
  close(): Promise<void>;
}
