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
import { entityToProperties, linkToProperties } from './encoding.js';

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
