/**
 * The memory store's graph: entities and links by id, plus adjacency (outgoing and incoming links
 * of each entity, grouped by link kind) so that every traversal walks neighbours only, never the
 * whole graph. Everything held is a deep-frozen copy.
 */
import {
  ENTITY_KINDS,
  GovgraphError,
  LINK_KINDS,
  type ChangeSet,
  type Entity,
  type EntityKind,
  type GraphData,
  type Link,
  type LinkKind,
  type StoreStats,
} from '@govgraph/core';
import { frozenCopy, sameValue } from './frozen-copy.js';

type Adjacency = Map<string, Map<LinkKind, Link[]>>;

const NO_LINKS: readonly Link[] = Object.freeze([]);
const ENTITY_KIND_SET = new Set<string>(ENTITY_KINDS);
const LINK_KIND_SET = new Set<string>(LINK_KINDS);
/** How many problems an INVALID_INPUT error lists before it stops counting. */
const MAX_REPORTED_PROBLEMS = 20;

/** Collects what is wrong with a write, then throws them all at once as INVALID_INPUT. */
class ProblemList {
  readonly items: string[] = [];
  /** Every problem found, including those past the listing limit. */
  count = 0;
  add(problem: string): void {
    this.count++;
    if (this.items.length < MAX_REPORTED_PROBLEMS) this.items.push(problem);
  }
  throwIfAny(what: string): void {
    if (this.count === 0) return;
    const more = this.count > this.items.length ? ` (and ${this.count - this.items.length} more)` : '';
    throw new GovgraphError('INVALID_INPUT', `${what} was rejected and nothing changed: ${this.items.join('; ')}${more}`, {
      problems: [...this.items],
      problemCount: this.count,
    });
  }
}

/** Whether an entity has the fields the store relies on; adds a problem for each that is missing. */
function checkEntityShape(entity: Entity, problems: ProblemList): boolean {
  if (typeof entity !== 'object' || entity === null) {
    problems.add('an entity is not an object');
    return false;
  }
  const before = problems.count;
  if (typeof entity.id !== 'string' || entity.id === '') problems.add('an entity has no id');
  if (!ENTITY_KIND_SET.has(entity.kind)) problems.add(`entity ${entity.id} has unknown kind ${String(entity.kind)}`);
  if (typeof entity.name !== 'string') problems.add(`entity ${entity.id} has no name`);
  return problems.count === before;
}

/** Whether a link has the fields the store relies on; adds a problem for each that is missing. */
function checkLinkShape(link: Link, problems: ProblemList): boolean {
  if (typeof link !== 'object' || link === null) {
    problems.add('a link is not an object');
    return false;
  }
  const before = problems.count;
  if (typeof link.id !== 'string' || link.id === '') problems.add('a link has no id');
  if (!LINK_KIND_SET.has(link.kind)) problems.add(`link ${link.id} has unknown kind ${String(link.kind)}`);
  if (typeof link.from !== 'string' || typeof link.to !== 'string') problems.add(`link ${link.id} lacks from or to`);
  return problems.count === before;
}

function addTo(adjacency: Adjacency, entityId: string, link: Link): void {
  let byKind = adjacency.get(entityId);
  if (!byKind) adjacency.set(entityId, (byKind = new Map()));
  const list = byKind.get(link.kind);
  if (list) list.push(link);
  else byKind.set(link.kind, [link]);
}

function removeFrom(adjacency: Adjacency, entityId: string, link: Link): void {
  const byKind = adjacency.get(entityId);
  const list = byKind?.get(link.kind);
  if (!byKind || !list) return;
  const at = list.findIndex((l) => l.id === link.id);
  if (at >= 0) list.splice(at, 1);
  if (list.length === 0) byKind.delete(link.kind);
  if (byKind.size === 0) adjacency.delete(entityId);
}

function bump<K>(counts: Map<K, number>, key: K, by: number): void {
  const next = (counts.get(key) ?? 0) + by;
  if (next === 0) counts.delete(key);
  else counts.set(key, next);
}

/** The in-memory graph with its indexes. Mutating methods assume the change was validated first. */
export class GraphState {
  readonly entities = new Map<string, Entity>();
  readonly links = new Map<string, Link>();
  private readonly outgoing: Adjacency = new Map();
  private readonly incoming: Adjacency = new Map();
  private readonly entityCounts = new Map<EntityKind, number>();
  private readonly linkCounts = new Map<LinkKind, number>();

  /**
   * Builds a state from a whole graph, or throws INVALID_INPUT listing what is wrong (duplicate
   * ids, links whose ends are missing, malformed facts). Nothing outside the new state is touched.
   */
  static fromData(data: GraphData): GraphState {
    const problems = new ProblemList();
    if (!data || !Array.isArray(data.entities) || !Array.isArray(data.links)) {
      problems.add('the graph needs entities and links arrays');
      problems.throwIfAny('the graph');
    }
    const state = new GraphState();
    for (const entity of data.entities) {
      if (!checkEntityShape(entity, problems)) continue;
      if (state.entities.has(entity.id)) problems.add(`entity id ${entity.id} is used twice`);
      else state.putEntity(frozenCopy(entity));
    }
    for (const link of data.links) {
      if (!checkLinkShape(link, problems)) continue;
      if (state.links.has(link.id)) problems.add(`link id ${link.id} is used twice`);
      else if (!state.entities.has(link.from) || !state.entities.has(link.to)) {
        problems.add(`link ${link.id} joins ${link.from} to ${link.to}, which is not an entity`);
      } else state.putLink(frozenCopy(link));
    }
    problems.throwIfAny('the graph');
    return state;
  }

  /** Links of one kind leaving an entity (never copy-on-read: callers must not change the array). */
  out(entityId: string, kind: LinkKind): readonly Link[] {
    return this.outgoing.get(entityId)?.get(kind) ?? NO_LINKS;
  }

  /** Links of one kind arriving at an entity. */
  in(entityId: string, kind: LinkKind): readonly Link[] {
    return this.incoming.get(entityId)?.get(kind) ?? NO_LINKS;
  }

  /** Every link leaving (`out`), arriving at (`in`) or touching an entity; a self-loop once. */
  touching(entityId: string, direction: 'out' | 'in' | 'both'): Link[] {
    const found = new Map<string, Link>();
    if (direction !== 'in') for (const list of this.outgoing.get(entityId)?.values() ?? []) for (const l of list) found.set(l.id, l);
    if (direction !== 'out') for (const list of this.incoming.get(entityId)?.values() ?? []) for (const l of list) found.set(l.id, l);
    return [...found.values()];
  }

  /** Counts by kind, as the port reports them (kinds with no facts are left out). */
  stats(): StoreStats {
    return {
      entities: this.entities.size,
      links: this.links.size,
      entitiesByKind: Object.fromEntries(this.entityCounts),
      linksByKind: Object.fromEntries(this.linkCounts),
    };
  }

  /**
   * Checks a change set against this state: ids unique within each list, no id both upserted and
   * deleted, every link that exists afterwards joins two entities that exist afterwards. Throws
   * INVALID_INPUT listing every problem; changes nothing.
   */
  validate(changes: ChangeSet): void {
    const problems = new ProblemList();
    const lists = [changes?.upsertEntities, changes?.upsertLinks, changes?.deleteEntityIds, changes?.deleteLinkIds];
    if (typeof changes !== 'object' || changes === null || lists.some((list) => list !== undefined && !Array.isArray(list))) {
      problems.add('a change set is an object whose upsert and delete fields are arrays');
      problems.throwIfAny('the change');
    }
    const upsertEntities = changes.upsertEntities ?? [];
    const upsertLinks = changes.upsertLinks ?? [];
    const deleteEntityIds = new Set(changes.deleteEntityIds ?? []);
    const deleteLinkIds = new Set(changes.deleteLinkIds ?? []);
    const upsertedEntityIds = new Set<string>();
    const upsertedLinks = new Map<string, Link>();
    for (const entity of upsertEntities) {
      if (!checkEntityShape(entity, problems)) continue;
      if (upsertedEntityIds.has(entity.id)) problems.add(`entity id ${entity.id} is upserted twice`);
      if (deleteEntityIds.has(entity.id)) problems.add(`entity ${entity.id} is both upserted and deleted`);
      upsertedEntityIds.add(entity.id);
    }
    for (const link of upsertLinks) {
      if (!checkLinkShape(link, problems)) continue;
      if (upsertedLinks.has(link.id)) problems.add(`link id ${link.id} is upserted twice`);
      if (deleteLinkIds.has(link.id)) problems.add(`link ${link.id} is both upserted and deleted`);
      upsertedLinks.set(link.id, link);
    }
    const existsAfter = (id: string) => upsertedEntityIds.has(id) || (this.entities.has(id) && !deleteEntityIds.has(id));
    for (const link of upsertedLinks.values()) {
      for (const end of [link.from, link.to]) {
        if (!existsAfter(end)) problems.add(`link ${link.id} would join ${end}, which would not be an entity`);
      }
    }
    for (const id of deleteEntityIds) {
      for (const link of this.touching(id, 'both')) {
        if (!deleteLinkIds.has(link.id) && !upsertedLinks.has(link.id)) {
          problems.add(`entity ${id} still has link ${link.id}; delete it in the same change`);
        }
      }
    }
    problems.throwIfAny('the change');
  }

  /**
   * Applies a change set already accepted by {@link validate}: deletes links, deletes entities,
   * upserts entities, upserts links. Facts identical to the stored ones are left alone. Returns the
   * ids of entities whose stored version changed (added, replaced or deleted), for the search index.
   */
  commit(changes: ChangeSet): { changedEntities: Entity[]; deletedEntityIds: string[] } {
    for (const id of changes.deleteLinkIds ?? []) this.deleteLink(id);
    const deletedEntityIds: string[] = [];
    for (const id of changes.deleteEntityIds ?? []) if (this.deleteEntity(id)) deletedEntityIds.push(id);
    const changedEntities: Entity[] = [];
    for (const entity of changes.upsertEntities ?? []) {
      const existing = this.entities.get(entity.id);
      if (existing && sameValue(existing, entity)) continue;
      const stored = frozenCopy(entity);
      this.putEntity(stored);
      changedEntities.push(stored);
    }
    for (const link of changes.upsertLinks ?? []) {
      const existing = this.links.get(link.id);
      if (existing && sameValue(existing, link)) continue;
      if (existing) this.deleteLink(link.id);
      this.putLink(frozenCopy(link));
    }
    return { changedEntities, deletedEntityIds };
  }

  private putEntity(entity: Entity): void {
    const previous = this.entities.get(entity.id);
    if (previous) bump(this.entityCounts, previous.kind, -1);
    this.entities.set(entity.id, entity);
    bump(this.entityCounts, entity.kind, 1);
  }

  private deleteEntity(id: string): boolean {
    const entity = this.entities.get(id);
    if (!entity) return false;
    this.entities.delete(id);
    bump(this.entityCounts, entity.kind, -1);
    return true;
  }

  private putLink(link: Link): void {
    this.links.set(link.id, link);
    addTo(this.outgoing, link.from, link);
    addTo(this.incoming, link.to, link);
    bump(this.linkCounts, link.kind, 1);
  }

  private deleteLink(id: string): void {
    const link = this.links.get(id);
    if (!link) return;
    this.links.delete(id);
    removeFrom(this.outgoing, link.from, link);
    removeFrom(this.incoming, link.to, link);
    bump(this.linkCounts, link.kind, -1);
  }
}
