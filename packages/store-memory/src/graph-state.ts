/**
 * The memory store's graph: entities and links by id, plus adjacency (outgoing and incoming links
 * of each entity, grouped by link kind) so that every traversal walks neighbours only, never the
 * whole graph. Everything held is a deep-frozen copy.
 */
import {
  checkChangeSet,
  checkGraphData,
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
   * Builds a state from a whole graph, or throws INVALID_INPUT listing what is wrong (core's
   * `checkGraphData`). Nothing outside the new state is touched.
   */
  static fromData(data: GraphData): GraphState {
    checkGraphData(data);
    const state = new GraphState();
    for (const entity of data.entities) state.putEntity(frozenCopy(entity));
    for (const link of data.links) state.putLink(frozenCopy(link));
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

  /** Checks a change set against this state (core's `checkChangeSet`): throws INVALID_INPUT listing every problem; changes nothing. */
  validate(changes: ChangeSet): void {
    checkChangeSet(changes, {
      entityExists: (id) => this.entities.has(id),
      linksTouching: (id) => this.touching(id, 'both').map((link) => link.id),
    });
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
