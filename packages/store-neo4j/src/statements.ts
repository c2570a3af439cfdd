/**
 * The store's operations as Cypher statements: each builder takes one checked operation (an id, a
 * batch, a query method's options after core's check) and returns the statement text with its
 * parameters, and the store runs exactly what a builder returns. Builders do no I/O, so golden
 * tests pin the text and the parameters of every operation without a database
 * (test/cypher-golden.test.ts), as neo4j/graphql's TCK does for its translation.
 *
 * Input only ever travels in `parameters`; the text is built from the fixed statements of
 * `cypher.ts`, whitelisted kinds and checked whole numbers. The audit log's statements are built
 * beside its Cypher, in `audited-write.ts`.
 */
import neo4j from 'neo4j-driver';
import { ENTITY_KINDS, LINK_KINDS } from '@govgraph/core';
import type {
  CheckedAsOfOptions,
  CheckedLinksOfOptions,
  CheckedPathOptions,
  CheckedSearchOptions,
  CheckedSnapshotOptions,
  CheckedSubgraphOptions,
  Entity,
  EntityKind,
  Link,
  LinkKind,
} from '@govgraph/core';
import {
  COUNT_LINKS_OF_KIND,
  COUNT_LIVE_ENTITIES,
  COUNT_LIVE_GRAPH,
  COUNT_STAGED,
  DELETE_STAGED_AND_RETIRED,
  LIVE_ENTITIES_NOT_STAGED,
  LIVE_LINKS_NOT_STAGED,
  PROMOTE_STAGED,
  RETIRE_LIVE,
  STAGE_ENTITIES,
  STAGE_LINKS,
  STAGED_ENTITY_DIFFERENCES,
  STAGED_ENTITY_EXISTS,
  STAGED_LINK_DIFFERENCES,
  STAGED_LINK_EXISTS,
  STAGED_NODES,
  DELETE_ENTITIES,
  DELETE_LINKS,
  ENTITIES_BY_ID,
  ENTITY_COUNTS,
  LINKS_BY_ID,
  LINKS_OF,
  LINKS_OF_KIND_BY_ID,
  LINKS_TOUCHING,
  OVERSIGHT,
  OVERSIGHT_IN_AREA,
  PREDECESSORS,
  SEARCH_CANDIDATES,
  SNAPSHOT_ENTITIES,
  SNAPSHOT_ENTITIES_IN_AREA,
  SNAPSHOT_LINKS,
  SNAPSHOT_LINKS_IN_AREA,
  SUCCESSORS,
  UPSERT_ENTITIES,
  UPSERT_LINKS,
  linksAmongQuery,
  neighboursQuery,
  pathStepsQuery,
  shortestPathsQuery,
  whitelistEntityKind,
  whitelistLinkKinds,
} from './cypher.js';
import { entityToProperties, linkToProperties, withoutNulls } from './encoding.js';

/** One Cypher statement and the parameters it runs with. */
export interface Statement {
  text: string;
  parameters: Record<string, unknown>;
}

/** The day and area every as-of traversal filters with (`null` for none, as Cypher reads it). */
interface DayAndArea {
  asOf: string;
  area: string | null;
}

function dayAndArea(checked: CheckedAsOfOptions): DayAndArea {
  return { asOf: checked.asOf, area: checked.area ?? null };
}

/** Entities by id (rows `{id, props}`); repeated ids are asked for once. */
export function entitiesByIdStatement(ids: readonly string[]): Statement {
  return { text: ENTITIES_BY_ID, parameters: { ids: [...new Set(ids)] } };
}

/** Links by id through every kind's index (rows `{link}`). */
export function linksByIdStatement(ids: readonly string[]): Statement {
  return { text: LINKS_BY_ID, parameters: { ids: [...ids] } };
}

/** Links by id through one kind's index, for ids that name their kind (rows `{link}`). */
export function linksOfKindByIdStatement(kind: LinkKind, ids: readonly string[]): Statement {
  const [known] = whitelistLinkKinds([kind]);
  return { text: LINKS_OF_KIND_BY_ID[known!], parameters: { ids: [...ids] } };
}

/** `linksOf(entityId, options)`. */
export function linksOfStatement(entityId: string, checked: CheckedLinksOfOptions): Statement {
  return { text: LINKS_OF, parameters: { id: entityId, kinds: checked.kinds ?? null, direction: checked.direction, asOf: checked.asOf ?? null } };
}

/** Search candidates for text already normalised by core's `normaliseSearchText` (not empty). */
export function searchCandidatesStatement(normalisedText: string, checked: CheckedSearchOptions): Statement {
  return {
    text: SEARCH_CANDIDATES,
    parameters: { q: normalisedText, compactQ: normalisedText.replace(/ /g, ''), kinds: checked.kinds ? [...checked.kinds] : null, area: checked.area ?? null },
  };
}

/** `lineage(entityId)`: the SUCCEEDED_BY links before it, then those after it. */
export function lineageStatements(entityId: string): { predecessors: Statement; successors: Statement } {
  return { predecessors: { text: PREDECESSORS, parameters: { id: entityId } }, successors: { text: SUCCESSORS, parameters: { id: entityId } } };
}

/** `oversight(dutyId, options)`: the area-filtered form only when an area is asked for. */
export function oversightStatement(dutyId: string, checked: CheckedAsOfOptions): Statement {
  const { asOf, area } = dayAndArea(checked);
  return { text: area === null ? OVERSIGHT : OVERSIGHT_IN_AREA, parameters: { dutyId, asOf, area } };
}

/** Whether `id` exists, and whether it counts on the day in the area (rows `{props, counts}`). */
export function entityCountsStatement(id: string, checked: CheckedAsOfOptions): Statement {
  return { text: ENTITY_COUNTS, parameters: { ...dayAndArea(checked), id } };
}

/** `path(fromId, toId, options)` in one query: every shortest path, at most `cap` rows. */
export function shortestPathsStatement(fromId: string, toId: string, checked: CheckedPathOptions, cap: number): Statement {
  return { text: shortestPathsQuery(checked.kinds, checked.maxHops), parameters: { ...dayAndArea(checked), from: fromId, to: toId, cap: neo4j.int(cap) } };
}

/** One level of `path` on a dense web: the holding links from the entities `ids`. */
export function pathStepsStatement(ids: Iterable<string>, checked: CheckedPathOptions): Statement {
  return { text: pathStepsQuery(checked.kinds), parameters: { ...dayAndArea(checked), ids: [...ids] } };
}

/** One level of `interdependencies`: holding neighbours of `frontier` not in `seen` (kinds must not be empty). */
export function neighboursStatement(frontier: Iterable<string>, seen: Iterable<string>, checked: CheckedSubgraphOptions): Statement {
  return { text: neighboursQuery(checked.kinds), parameters: { ...dayAndArea(checked), frontier: [...frontier], seen: [...seen] } };
}

/** The links of `interdependencies` between the entities `ids` (kinds must not be empty). */
export function linksAmongStatement(ids: readonly string[], checked: CheckedSubgraphOptions): Statement {
  return { text: linksAmongQuery(checked.kinds), parameters: { ...dayAndArea(checked), ids: [...ids] } };
}

/** `snapshot(options)`: its entities, then its links (index seeks by area when an area is asked for). */
export function snapshotStatements(checked: CheckedSnapshotOptions): { entities: Statement; links: Statement } {
  const parameters = { asOf: checked.asOf ?? null, area: checked.area ?? null };
  const byArea = parameters.area !== null;
  return {
    entities: { text: byArea ? SNAPSHOT_ENTITIES_IN_AREA : SNAPSHOT_ENTITIES, parameters },
    links: { text: byArea ? SNAPSHOT_LINKS_IN_AREA : SNAPSHOT_LINKS, parameters: { ...parameters } },
  };
}

/** Upserts a batch of entities of one kind (the caller groups by kind). */
export function upsertEntitiesStatement(kind: EntityKind, batch: readonly Entity[]): Statement {
  return { text: UPSERT_ENTITIES[whitelistEntityKind(kind)], parameters: { rows: batch.map((e) => ({ id: e.id, props: entityToProperties(e) })) } };
}

/** Upserts a batch of links of one kind between live entities (the caller groups by kind). */
export function upsertLinksStatement(kind: LinkKind, batch: readonly Link[]): Statement {
  const [known] = whitelistLinkKinds([kind]);
  return { text: UPSERT_LINKS[known!], parameters: { rows: batch.map((l) => ({ id: l.id, from: l.from, to: l.to, props: linkToProperties(l) })) } };
}

/** Deletes the live links with these ids, of any kind. */
export function deleteLinksStatement(ids: readonly string[]): Statement {
  return { text: DELETE_LINKS, parameters: { ids: [...ids] } };
}

/** Deletes the entities with these ids (and their links). */
export function deleteEntitiesStatement(ids: readonly string[]): Statement {
  return { text: DELETE_ENTITIES, parameters: { ids: [...ids] } };
}

/** The links touching any of these entities (rows `{entityId, linkId}`). */
export function linksTouchingStatement(ids: readonly string[]): Statement {
  return { text: LINKS_TOUCHING, parameters: { ids: [...ids] } };
}

// replaceAll: stage the new graph invisibly, compare it with the live one, then switch in one transaction.

/** Deletes what an earlier load staged or retired; an auto-commit query (it batches its own transactions). */
export function clearStagedAndRetiredStatement(): Statement {
  return { text: DELETE_STAGED_AND_RETIRED, parameters: {} };
}

/**
 * Staging one batch of entities: `exists` asks whether the batch's first entity is staged already
 * (a batch whose commit succeeded but the driver retried), `nodes` then reads the staged nodes'
 * element ids, and `stage` creates them otherwise. Every statement returns rows `{id, node}`.
 */
export function stageEntitiesStatements(batch: readonly Entity[]): { exists: Statement; nodes: Statement; stage: Statement } {
  return {
    exists: { text: STAGED_ENTITY_EXISTS, parameters: { id: batch[0]?.id ?? null } },
    nodes: { text: STAGED_NODES, parameters: { ids: batch.map((e) => e.id) } },
    stage: { text: STAGE_ENTITIES, parameters: { rows: batch.map((e) => withoutNulls(entityToProperties(e))) } },
  };
}

/**
 * Staging one batch of links of one kind between staged nodes, found by the element ids
 * `stagedNodes` maps entity ids to (an end with no staged node travels as null and is not written,
 * which the caller detects from `written`). `exists` recognises a retried batch as for entities.
 */
export function stageLinksStatements(kind: LinkKind, batch: readonly Link[], stagedNodes: ReadonlyMap<string, string>): { exists: Statement; stage: Statement } {
  const [known] = whitelistLinkKinds([kind]);
  const rows = batch.map((l) => ({ a: stagedNodes.get(l.from) ?? null, b: stagedNodes.get(l.to) ?? null, props: withoutNulls(linkToProperties(l)) }));
  return {
    exists: { text: STAGED_LINK_EXISTS[known!], parameters: { id: batch[0]?.id ?? null } },
    stage: { text: STAGE_LINKS[known!], parameters: { rows } },
  };
}

/** The statements that compare a link kind's staged links with its live ones, for a load's audit entry. */
export interface LinkKindComparison {
  kind: LinkKind;
  /** Counts and the first `listed` added and changed ids, matched by id within the kind. */
  differences: Statement;
  /** Every relationship of the kind, live and staged (from the count store). */
  total: Statement;
  /** The live links of the kind no staged link shares an id with (a scan: only when few are removed). */
  removed: Statement;
}

/**
 * How a load's audit entry compares the staged graph with the live one: entities, then each link
 * kind; `listed` is how many ids of each change to list.
 */
export function compareStagedWithLiveStatements(listed: number): {
  entityDifferences: Statement;
  liveEntities: Statement;
  removedEntities: Statement;
  linkKinds: LinkKindComparison[];
} {
  const parameters = { listed: neo4j.int(listed) };
  return {
    entityDifferences: { text: STAGED_ENTITY_DIFFERENCES, parameters },
    liveEntities: { text: COUNT_LIVE_ENTITIES, parameters: {} },
    removedEntities: { text: LIVE_ENTITIES_NOT_STAGED, parameters: { ...parameters } },
    linkKinds: LINK_KINDS.map((kind) => ({
      kind,
      differences: { text: STAGED_LINK_DIFFERENCES[kind], parameters: { ...parameters } },
      total: { text: COUNT_LINKS_OF_KIND[kind], parameters: {} },
      removed: { text: LIVE_LINKS_NOT_STAGED[kind], parameters: { ...parameters } },
    })),
  };
}

/**
 * The switch, run in one transaction: count the staged nodes (the caller compares with what it
 * loaded), count the live graph (for the audit entry), retire the live nodes, promote the staged
 * ones with their kind's label from the fixed vocabulary.
 */
export function switchStatements(): { countStaged: Statement; countLive: Statement; retireLive: Statement; promoteStaged: Statement } {
  return {
    countStaged: { text: COUNT_STAGED, parameters: {} },
    countLive: { text: COUNT_LIVE_GRAPH, parameters: {} },
    retireLive: { text: RETIRE_LIVE, parameters: {} },
    promoteStaged: { text: PROMOTE_STAGED, parameters: { kinds: [...ENTITY_KINDS] } },
  };
}
