/**
 * Every Cypher statement the store runs. Input only ever travels as parameters; the few things that
 * cannot be parameters (labels, relationship types, variable-length bounds) come from the fixed
 * ENTITY_KINDS / LINK_KINDS vocabularies and from validated integers, never from input strings.
 */
import { LINK_PROPERTY_KEYS } from './encoding.js';
import { ENTITY_KINDS, GovgraphError, LINK_KINDS, MAX_OVERSIGHT_INHERITANCE, OVERSIGHT_BODY_KINDS, OVERSIGHT_INHERITANCE_KINDS, OVERSIGHT_ROLE_KINDS, type EntityKind, type LinkKind } from '@govgraph/core';

/** Label every live govgraph node carries (besides its kind), so govgraph never touches other data in the database. */
export const ENTITY_LABEL = 'Entity';
/** Label of the nodes of a graph being loaded by `replaceAll`: invisible to every query until the switch. */
export const STAGING_LABEL = 'GovgraphStaging';
/** Label of the nodes of a replaced graph, waiting to be deleted: invisible to every query. */
export const RETIRED_LABEL = 'GovgraphRetired';

/**
 * Maps requested link kinds onto the fixed vocabulary; the returned strings are the constants
 * themselves, safe to use as relationship types. Unknown kinds are an INVALID_INPUT error.
 */
export function whitelistLinkKinds(kinds: readonly string[]): LinkKind[] {
  return kinds.map((kind) => {
    const known = LINK_KINDS.find((k) => k === kind);
    if (!known) throw new GovgraphError('INVALID_INPUT', `unknown link kind "${kind}"`, { kind });
    return known;
  });
}

/** The entity kind label for `kind`, from the fixed vocabulary. */
export function whitelistEntityKind(kind: string): EntityKind {
  const known = ENTITY_KINDS.find((k) => k === kind);
  if (!known) throw new GovgraphError('INVALID_INPUT', `unknown entity kind "${kind}"`, { kind });
  return known;
}

/** `A|B|C` for a relationship pattern, from whitelisted kinds. */
function typeAlternatives(kinds: readonly LinkKind[]): string {
  return whitelistLinkKinds(kinds).join('|');
}

/** An integer that goes into a variable-length pattern (callers validate ranges; this guards the text). */
function integerText(value: number): string {
  if (!Number.isSafeInteger(value)) throw new GovgraphError('INVALID_INPUT', `expected a whole number, got ${value}`, { value });
  return String(value);
}

/** `v` holds on $asOf (persisted validFrom/validTo day strings compare lexically). */
function holds(v: string): string {
  return `((${v}.validFrom IS NULL OR ${v}.validFrom <= $asOf) AND (${v}.validTo IS NULL OR $asOf < ${v}.validTo))`;
}

/** `v` holds on $asOf, or $asOf is null. */
function holdsIfAsOf(v: string): string {
  return `($asOf IS NULL OR ${holds(v)})`;
}

/** `v` belongs to $area, is national (no area), or $area is null. */
function inArea(v: string): string {
  return `($area IS NULL OR ${v}.area IS NULL OR ${v}.area = $area)`;
}

/** The node properties an entity is read back from (not the search and convenience copies). */
function entityMap(n: string): string {
  return `${n} {.id, .kind, .name, .area, .description, .status, .confidence, .note, .aliases, .validityJson, .namesJson, .sourcesJson, .attributesJson}`;
}

/** A link as the store reads it back: its properties plus end ids. */
function linkMap(r: string): string {
  return `{props: ${r} {.id, .kind, .role, .representing, .membership, .lineage, .status, .confidence, .note, .validityJson, .sourcesJson}, from: startNode(${r}).id, to: endNode(${r}).id}`;
}

/** Names of the constraints and indexes govgraph has created (to skip the migration when all exist). */
export const SCHEMA_NAMES = [
  `SHOW CONSTRAINTS YIELD name WHERE name STARTS WITH 'govgraph_' RETURN name`,
  `SHOW INDEXES YIELD name WHERE name STARTS WITH 'govgraph_' RETURN name`,
] as const;

/** Schema statements; each is idempotent (IF NOT EXISTS) and runs in its own transaction. */
export const MIGRATION_STATEMENTS: readonly string[] = [
  `CREATE CONSTRAINT govgraph_entity_id IF NOT EXISTS FOR (n:${ENTITY_LABEL}) REQUIRE n.id IS UNIQUE`,
  `CREATE INDEX govgraph_entity_kind IF NOT EXISTS FOR (n:${ENTITY_LABEL}) ON (n.kind)`,
  `CREATE INDEX govgraph_entity_area IF NOT EXISTS FOR (n:${ENTITY_LABEL}) ON (n.area)`,
  `CREATE INDEX govgraph_entity_area_key IF NOT EXISTS FOR (n:${ENTITY_LABEL}) ON (n.areaKey)`,
  `CREATE TEXT INDEX govgraph_entity_search_text IF NOT EXISTS FOR (n:${ENTITY_LABEL}) ON (n.searchText)`,
  `CREATE TEXT INDEX govgraph_entity_search_compact IF NOT EXISTS FOR (n:${ENTITY_LABEL}) ON (n.searchCompact)`,
  `CREATE INDEX govgraph_staging_id IF NOT EXISTS FOR (n:${STAGING_LABEL}) ON (n.id)`,
  // Link ids are checked unique before every write; a plain index (no constraint to validate) keeps the first migration quick.
  ...LINK_KINDS.map((kind) => `CREATE INDEX govgraph_link_id_${kind.toLowerCase()} IF NOT EXISTS FOR ()-[r:${kind}]-() ON (r.id)`),
];

/**
 * Deletes staged and retired nodes (left by an earlier load, finished or interrupted) in small
 * transactions of its own: run it as an auto-commit query, never inside a transaction.
 */
export const DELETE_STAGED_AND_RETIRED = `MATCH (n) WHERE n:${STAGING_LABEL} OR n:${RETIRED_LABEL}
CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS`;

/**
 * Resamples every index, waits for it and clears the query caches, so the next queries are planned
 * on the loaded graph's statistics. Admin only.
 */
export const PREPARE_FOR_REPLANNING = 'CALL db.prepareForReplanning()';

/** Schedules a resample of the indexes that changed much and returns at once; any user may. */
export const RESAMPLE_OUTDATED_INDEXES = 'CALL db.resampleOutdatedIndexes()';

/**
 * Stages $rows (node property maps) as nodes of the graph being loaded, returning each node's
 * element id for {@link STAGE_LINKS}. CREATE, not MERGE (no index lookup per row): a retried batch
 * is recognised by {@link STAGED_ENTITY_EXISTS} in the same transaction instead.
 */
export const STAGE_ENTITIES = `UNWIND $rows AS props
CREATE (n:${STAGING_LABEL})
SET n = props
RETURN props.id AS id, elementId(n) AS node`;

/**
 * Whether the staged node $id exists: the first row of a staging batch, checked before writing the
 * batch, so a batch whose commit succeeded but was retried by the driver is not written twice.
 */
export const STAGED_ENTITY_EXISTS = `MATCH (n:${STAGING_LABEL} {id: $id}) RETURN count(n) > 0 AS found`;

/** Element ids of the staged nodes with the given $ids (rows `{id, node}`), for a batch staged already. */
export const STAGED_NODES = `UNWIND $ids AS id MATCH (n:${STAGING_LABEL} {id: id}) RETURN id, elementId(n) AS node`;

/** Per link kind: merges rows `{id, from, to, props}` as relationships between nodes with `label`; `written` counts those whose ends exist. */
function mergeLinksByKind(label: string): Record<LinkKind, string> {
  return Object.fromEntries(
    LINK_KINDS.map((kind) => [
      kind,
      `UNWIND $rows AS row
     MATCH (a:${label} {id: row.from})
     MATCH (b:${label} {id: row.to})
     MERGE (a)-[r:${kind} {id: row.id}]->(b)
     SET r = row.props
     RETURN count(r) AS written`,
    ]),
  ) as Record<LinkKind, string>;
}

/**
 * Per link kind: stages rows `{a, b, props}` (a and b: element ids from {@link STAGE_ENTITIES}) as
 * relationships between staged nodes, found by element id rather than an index seek, with every
 * property named in the pattern (no Eager plan); retries are recognised by {@link STAGED_LINK_EXISTS}.
 * `written` counts the rows whose ends are still staged nodes.
 */
export const STAGE_LINKS: Record<LinkKind, string> = Object.fromEntries(
  LINK_KINDS.map((kind) => [
    kind,
    `UNWIND $rows AS row
     MATCH (a:${STAGING_LABEL}) WHERE elementId(a) = row.a
     MATCH (b:${STAGING_LABEL}) WHERE elementId(b) = row.b
     CREATE (a)-[r:${kind} {${LINK_PROPERTY_KEYS.map((key) => `${key}: row.props.${key}`).join(', ')}}]->(b)
     RETURN count(r) AS written`,
  ]),
) as Record<LinkKind, string>;

/** Per link kind: whether a staged relationship with id $id exists (through the kind's id index). */
export const STAGED_LINK_EXISTS: Record<LinkKind, string> = Object.fromEntries(
  LINK_KINDS.map((kind) => [kind, `MATCH (:${STAGING_LABEL})-[r:${kind} {id: $id}]->() RETURN count(r) > 0 AS found`]),
) as Record<LinkKind, string>;

/**
 * How the staged entities differ from the live ones, matched by id: counts, and the first $listed
 * ids of each (enough to know whether all fit in the audit entry). Both were written from the same
 * property encoding, so equal maps mean equal entities.
 */
export const STAGED_ENTITY_DIFFERENCES = `MATCH (s:${STAGING_LABEL})
OPTIONAL MATCH (e:${ENTITY_LABEL} {id: s.id})
WITH s.id AS id, e IS NULL AS added, e IS NOT NULL AND properties(e) <> properties(s) AS changed
RETURN count(CASE WHEN added THEN 1 END) AS added, count(CASE WHEN changed THEN 1 END) AS changed, count(CASE WHEN NOT added THEN 1 END) AS matched,
       collect(CASE WHEN added THEN id END)[..$listed] AS addedIds, collect(CASE WHEN changed THEN id END)[..$listed] AS changedIds`;

/** Live entities, from Neo4j's count store (staged ones are not :Entity). */
export const COUNT_LIVE_ENTITIES = `MATCH (e:${ENTITY_LABEL}) RETURN count(e) AS live`;

/**
 * Live entities no staged entity shares an id with: what the load removes. A scan, so run only
 * when the counts say there are some, but few enough to list.
 */
export const LIVE_ENTITIES_NOT_STAGED = `MATCH (e:${ENTITY_LABEL})
WHERE NOT EXISTS { MATCH (:${STAGING_LABEL} {id: e.id}) }
RETURN count(e) AS removed, collect(e.id)[..$listed] AS removedIds`;

/**
 * Per link kind, {@link STAGED_ENTITY_DIFFERENCES} for links: matched by id within the kind (through
 * its id index), changed when the properties or either end differ.
 */
export const STAGED_LINK_DIFFERENCES: Record<LinkKind, string> = Object.fromEntries(
  LINK_KINDS.map((kind) => [
    kind,
    `MATCH (a:${STAGING_LABEL})-[r:${kind}]->(b:${STAGING_LABEL})
     OPTIONAL MATCH (x:${ENTITY_LABEL})-[l:${kind} {id: r.id}]->(y:${ENTITY_LABEL})
     WITH r.id AS id, l IS NULL AS added, l IS NOT NULL AND (properties(l) <> properties(r) OR x.id <> a.id OR y.id <> b.id) AS changed
     RETURN count(*) AS staged, count(CASE WHEN added THEN 1 END) AS added, count(CASE WHEN changed THEN 1 END) AS changed,
            count(CASE WHEN NOT added THEN 1 END) AS matched,
            collect(CASE WHEN added THEN id END)[..$listed] AS addedIds, collect(CASE WHEN changed THEN id END)[..$listed] AS changedIds`,
  ]),
) as Record<LinkKind, string>;

/**
 * Per link kind, every relationship of that kind, live and staged, from Neo4j's count store (before
 * the switch nothing else has these types).
 */
export const COUNT_LINKS_OF_KIND: Record<LinkKind, string> = Object.fromEntries(
  LINK_KINDS.map((kind) => [kind, `MATCH ()-[r:${kind}]->() RETURN count(r) AS total`]),
) as Record<LinkKind, string>;

/** Per link kind, live links no staged link of that kind shares an id with; like {@link LIVE_ENTITIES_NOT_STAGED}, run only when needed. */
export const LIVE_LINKS_NOT_STAGED: Record<LinkKind, string> = Object.fromEntries(
  LINK_KINDS.map((kind) => [
    kind,
    `MATCH (:${ENTITY_LABEL})-[l:${kind}]->(:${ENTITY_LABEL})
     WHERE NOT EXISTS { MATCH (:${STAGING_LABEL})-[:${kind} {id: l.id}]->(:${STAGING_LABEL}) }
     RETURN count(l) AS removed, collect(l.id)[..$listed] AS removedIds`,
  ]),
) as Record<LinkKind, string>;

/** How many nodes are staged (checked just before the switch). */
export const COUNT_STAGED = `MATCH (n:${STAGING_LABEL}) RETURN count(n) AS count`;

/** The switch, part 1: the live graph's nodes lose their labels and become retired. */
export const RETIRE_LIVE = `MATCH (n:${ENTITY_LABEL}) REMOVE n:${ENTITY_LABEL}:${ENTITY_KINDS.join(':')} SET n:${RETIRED_LABEL}`;

/**
 * The switch, part 2: staged nodes become live, with the label of their kind, in one pass over the
 * staged nodes. The kind label is dynamic (`$(n.kind)`, Neo4j 5.26) but only ever one of $kinds, the
 * fixed vocabulary (every staged kind was validated before staging); `promoted` is checked by the caller.
 */
export const PROMOTE_STAGED = `MATCH (n:${STAGING_LABEL}) WHERE n.kind IN $kinds
REMOVE n:${STAGING_LABEL}
SET n:${ENTITY_LABEL}, n:$(n.kind)
RETURN count(n) AS promoted`;

/** Per entity kind: upserts rows `{id, props}` as nodes with that kind's label (dropping any other kind label). */
export const UPSERT_ENTITIES: Record<EntityKind, string> = Object.fromEntries(
  ENTITY_KINDS.map((kind) => [
    kind,
    `UNWIND $rows AS row
     MERGE (n:${ENTITY_LABEL} {id: row.id})
     SET n = row.props
     REMOVE n:${ENTITY_KINDS.join(':')}
     SET n:${kind}
     RETURN count(n) AS written`,
  ]),
) as Record<EntityKind, string>;

/** Per link kind: upserts links between live nodes. */
export const UPSERT_LINKS = mergeLinksByKind(ENTITY_LABEL);

/** Deletes live relationships whose id is in $ids, of any kind, each kind through its id index, in one statement. */
export const DELETE_LINKS = LINK_KINDS.map((kind) => `CALL { MATCH (:${ENTITY_LABEL})-[r:${kind}]->() WHERE r.id IN $ids DELETE r }`).join('\n');

/** Deletes entities (and their links) whose id is in $ids. */
export const DELETE_ENTITIES = `MATCH (n:${ENTITY_LABEL}) WHERE n.id IN $ids DETACH DELETE n RETURN count(*) AS deleted`;

/** Entities by id: rows `{id, props}` for those that exist. */
export const ENTITIES_BY_ID = `UNWIND $ids AS id MATCH (n:${ENTITY_LABEL} {id: id}) RETURN id, ${entityMap('n')} AS props`;

/** Per link kind: the links of that kind with an id in $ids (rows `{link}`); used when the id names its kind. */
export const LINKS_OF_KIND_BY_ID: Record<LinkKind, string> = Object.fromEntries(
  LINK_KINDS.map((kind) => [kind, `MATCH (:${ENTITY_LABEL})-[r:${kind}]->(:${ENTITY_LABEL}) WHERE r.id IN $ids RETURN ${linkMap('r')} AS link`]),
) as Record<LinkKind, string>;

/** Links by id, looked up through each kind's id constraint: rows `{link}`. */
export const LINKS_BY_ID = `CALL {
${LINK_KINDS.map((kind) => `  MATCH (:${ENTITY_LABEL})-[r:${kind}]->(:${ENTITY_LABEL}) WHERE r.id IN $ids RETURN ${linkMap('r')} AS link`).join('\n  UNION ALL\n')}
}
RETURN link`;

/** Links touching $id, optionally of $kinds, in $direction, holding on $asOf (with both ends) when given. */
export const LINKS_OF = `MATCH (e:${ENTITY_LABEL} {id: $id})-[r]-(:${ENTITY_LABEL})
WHERE ($kinds IS NULL OR type(r) IN $kinds)
  AND ($direction = 'both' OR ($direction = 'out' AND startNode(r) = e) OR ($direction = 'in' AND endNode(r) = e))
  AND ${holdsIfAsOf('r')} AND ${holdsIfAsOf('startNode(r)')} AND ${holdsIfAsOf('endNode(r)')}
RETURN DISTINCT ${linkMap('r')} AS link`;

/**
 * Search candidates: entities of $kinds/$area any of whose normalised strings contains $q (or equals
 * it without spaces), found through the TEXT indexes on `searchText` / `searchCompact` (a superset),
 * then checked exactly. Scoring happens in the store with the core's `bestSearchMatch`.
 */
export const SEARCH_CANDIDATES = `CALL {
  MATCH (n:${ENTITY_LABEL}) WHERE n.searchText CONTAINS $q RETURN n
  UNION
  MATCH (n:${ENTITY_LABEL}) WHERE n.searchCompact CONTAINS $compactQ RETURN n
}
WITH n
WHERE ($kinds IS NULL OR n.kind IN $kinds) AND ${inArea('n')}
  AND any(c IN n.searchTexts WHERE c CONTAINS $q OR replace(c, ' ', '') = $compactQ)
RETURN ${entityMap('n')} AS props`;

/**
 * SUCCEEDED_BY links on chains ending at $id: every link into an entity from which $id can be
 * reached (itself included). The reachable set is found first, each entity once (Neo4j prunes the
 * variable-length walk when only DISTINCT ends are kept), so the work grows with the chain's
 * length, not with the number of paths along it as `UNWIND relationships(p)` did.
 */
export const PREDECESSORS = `MATCH (b:${ENTITY_LABEL})-[:SUCCEEDED_BY*0..]->(:${ENTITY_LABEL} {id: $id})
WITH DISTINCT b
MATCH (:${ENTITY_LABEL})-[r:SUCCEEDED_BY]->(b)
RETURN ${linkMap('r')} AS link`;

/** SUCCEEDED_BY links on chains starting at $id: every link out of an entity reachable from $id (see {@link PREDECESSORS}). */
export const SUCCESSORS = `MATCH (:${ENTITY_LABEL} {id: $id})-[:SUCCEEDED_BY*0..]->(a:${ENTITY_LABEL})
WITH DISTINCT a
MATCH (a)-[r:SUCCEEDED_BY]->(:${ENTITY_LABEL})
RETURN ${linkMap('r')} AS link`;

/** `v` is a Body or an Organisation (labels: no property read, unlike `kind`). */
function isBodyOrOrganisation(v: string): string {
  return `(${OVERSIGHT_BODY_KINDS.map((kind) => `${v}:${kind}`).join(' OR ')})`;
}

/**
 * Oversight of $dutyId on $asOf: each body (Body or Organisation) holding a role link into the duty,
 * and each simple chain of SUB_GROUP_OF / REPORTS_TO links (1 to MAX_OVERSIGHT_INHERITANCE) above it
 * through Bodies and Organisations other than the duty, every node and link holding (and, with
 * `byArea`, national or in $area). One row per role link and chain (`inherited` null when the body has
 * nothing above it), each with the duty; one row with a null body when there is no entry; no row when
 * the duty is unknown.
 *
 * With an area the area test is the bare `(v.area IS NULL OR v.area = $area)`: a national duty has
 * role links from every area (some 600 at full national size) and this test rejects nearly all of
 * them, and in this form the planner checks it right after the labels, before the validity tests
 * (with `$area IS NULL OR …` in front it came last). It is deliberately not the indexed `areaKey`
 * test: with that, once statistics are gathered after a bulk load, the planner may start from every
 * entity of the area through the index and join them to the duty, ten times the work.
 */
function oversightQuery(byArea: boolean): string {
  const area = (v: string): string => (byArea ? `(${v}.area IS NULL OR ${v}.area = $area) AND ` : '');
  return `MATCH (d:${ENTITY_LABEL} {id: $dutyId})
OPTIONAL MATCH (d)<-[r:${typeAlternatives(OVERSIGHT_ROLE_KINDS)}]-(x:${ENTITY_LABEL})
WHERE ${area('x')}${area('d')}${isBodyOrOrganisation('x')} AND ${holds('r')} AND ${holds('x')} AND ${holds('d')}
OPTIONAL MATCH p = (x)-[:${typeAlternatives(OVERSIGHT_INHERITANCE_KINDS)}*1..${MAX_OVERSIGHT_INHERITANCE}]->(:${ENTITY_LABEL})
WHERE all(u IN relationships(p) WHERE ${holds('u')})
  AND all(n IN nodes(p) WHERE ${area('n')}${isBodyOrOrganisation('n')} AND n <> d AND ${holds('n')})
  AND all(i IN range(0, size(nodes(p)) - 2) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..])
RETURN ${entityMap('d')} AS duty, ${entityMap('x')} AS body, CASE WHEN r IS NULL THEN null ELSE ${linkMap('r')} END AS roleLink,
  CASE WHEN p IS NULL THEN null ELSE {top: head([t IN nodes(p)[-1..] | ${entityMap('t')}]), ups: [u IN relationships(p) | ${linkMap('u')}]} END AS inherited`;
}

/** Oversight in every area (see {@link oversightQuery}). */
export const OVERSIGHT = oversightQuery(false);

/** Oversight in $area and the national layer (see {@link oversightQuery}). */
export const OVERSIGHT_IN_AREA = oversightQuery(true);

/**
 * All shortest paths between $from and $to over `kinds`, up to `maxHops`, every node and link
 * holding and in $area, at most $cap of them: Neo4j stops listing paths at the cap, so a dense web
 * costs no more than $cap rows (the store then searches level by level; see `pathStepsQuery`).
 */
export function shortestPathsQuery(kinds: readonly LinkKind[], maxHops: number): string {
  return `MATCH (a:${ENTITY_LABEL} {id: $from}), (b:${ENTITY_LABEL} {id: $to})
MATCH p = allShortestPaths((a)-[:${typeAlternatives(kinds)}*..${integerText(maxHops)}]-(b))
WHERE all(r IN relationships(p) WHERE ${holds('r')})
  AND all(n IN nodes(p) WHERE ${holds('n')} AND ${inArea('n')})
RETURN [n IN nodes(p) | ${entityMap('n')}] AS nodes, [r IN relationships(p) | ${linkMap('r')}] AS links
LIMIT $cap`;
}

/**
 * One level of a shortest-path search (core's `firstShortestPaths`): every holding link of `kinds`
 * from an entity in $ids to a holding neighbour in $area, either direction, one row per (near, link).
 */
export function pathStepsQuery(kinds: readonly LinkKind[]): string {
  return `MATCH (n:${ENTITY_LABEL})-[r:${typeAlternatives(kinds)}]-(m:${ENTITY_LABEL})
WHERE n.id IN $ids AND ${holds('r')} AND ${holds('m')} AND ${inArea('m')}
RETURN n.id AS near, ${linkMap('r')} AS link, m.id AS far`;
}

/** One breadth-first hop: holding neighbours (in $area) of $frontier over `kinds`, not yet in $seen. */
export function neighboursQuery(kinds: readonly LinkKind[]): string {
  return `MATCH (n:${ENTITY_LABEL})-[r:${typeAlternatives(kinds)}]-(m:${ENTITY_LABEL})
WHERE n.id IN $frontier AND NOT m.id IN $seen
  AND ${holds('r')} AND ${holds('n')} AND ${holds('m')} AND ${inArea('m')}
RETURN DISTINCT m.id AS id`;
}

/** Holding links of `kinds` between two of $ids. */
export function linksAmongQuery(kinds: readonly LinkKind[]): string {
  return `MATCH (a:${ENTITY_LABEL})-[r:${typeAlternatives(kinds)}]->(b:${ENTITY_LABEL})
WHERE a.id IN $ids AND b.id IN $ids AND ${holds('r')} AND ${holds('a')} AND ${holds('b')}
RETURN ${linkMap('r')} AS link`;
}

/** `v` is national or of $area, through the `areaKey` index ('' for national entities). */
function inAreaIndexed(v: string): string {
  return `${v}.areaKey IN ['', $area]`;
}

/** Snapshot entities: holding on $asOf when given (every area). */
export const SNAPSHOT_ENTITIES = `MATCH (n:${ENTITY_LABEL}) WHERE ${holdsIfAsOf('n')} RETURN ${entityMap('n')} AS props`;

/** Snapshot entities of $area and the national layer (index seeks on areaKey), holding on $asOf when given. */
export const SNAPSHOT_ENTITIES_IN_AREA = `MATCH (n:${ENTITY_LABEL}) USING INDEX n:${ENTITY_LABEL}(areaKey) WHERE ${inAreaIndexed('n')} AND ${holdsIfAsOf('n')} RETURN ${entityMap('n')} AS props`;

/** Snapshot links: holding on $asOf (with both ends) when given (every area). */
export const SNAPSHOT_LINKS = `MATCH (a:${ENTITY_LABEL})-[r]->(b:${ENTITY_LABEL})
WHERE ${holdsIfAsOf('r')} AND ${holdsIfAsOf('a')} AND ${holdsIfAsOf('b')}
RETURN ${linkMap('r')} AS link`;

/** Snapshot links with both ends national or of $area, starting from the areaKey index. */
export const SNAPSHOT_LINKS_IN_AREA = `MATCH (a:${ENTITY_LABEL}) USING INDEX a:${ENTITY_LABEL}(areaKey) WHERE ${inAreaIndexed('a')} AND ${holdsIfAsOf('a')}
MATCH (a)-[r]->(b:${ENTITY_LABEL})
WHERE ${inAreaIndexed('b')} AND ${holdsIfAsOf('r')} AND ${holdsIfAsOf('b')}
RETURN ${linkMap('r')} AS link`;

/** Entity counts by kind. */
export const COUNT_ENTITIES = `MATCH (n:${ENTITY_LABEL}) RETURN n.kind AS kind, count(*) AS count`;

/** How big the live graph is (both counts from Neo4j's count store). */
export const COUNT_LIVE_GRAPH = `CALL { MATCH (n:${ENTITY_LABEL}) RETURN count(n) AS entities }
CALL { MATCH (:${ENTITY_LABEL})-[r]->() RETURN count(r) AS links }
RETURN entities, links`;

/** Live link counts by kind, from Neo4j's count store (one label and one type). */
export const COUNT_LINKS = `CALL {
${LINK_KINDS.map((kind) => `  MATCH (:${ENTITY_LABEL})-[r:${kind}]->() RETURN '${kind}' AS kind, count(r) AS count`).join('\n  UNION ALL\n')}
}
RETURN kind, count`;

/** Links touching any of $ids: rows `{entityId, linkId}` (to refuse deleting an entity that still has links). */
export const LINKS_TOUCHING = `MATCH (n:${ENTITY_LABEL})-[r]-(:${ENTITY_LABEL}) WHERE n.id IN $ids RETURN DISTINCT n.id AS entityId, r.id AS linkId`;

/** Whether $id exists, holds on $asOf and is in $area: rows `{props, counts}`. */
export const ENTITY_COUNTS = `MATCH (n:${ENTITY_LABEL} {id: $id}) RETURN ${entityMap('n')} AS props, ${holdsIfAsOf('n')} AND ${inArea('n')} AS counts`;
