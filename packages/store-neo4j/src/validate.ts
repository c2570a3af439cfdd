/**
 * Checks a write before any of it reaches Neo4j, with the rules every govgraph store applies (ids
 * unique, kinds known, every link joining two entities that exist afterwards, no entity deleted while
 * a link still touches it). All problems are reported at once as one INVALID_INPUT error and nothing
 * changes.
 */
import { ENTITY_KINDS, GovgraphError, LINK_KINDS, type ChangeSet, type Entity, type GraphData, type Link } from '@govgraph/core';

const MAX_LISTED = 20;
const ENTITY_KIND_SET = new Set<string>(ENTITY_KINDS);
const LINK_KIND_SET = new Set<string>(LINK_KINDS);

function reject(what: string, problems: string[]): void {
  if (problems.length === 0) return;
  const listed = problems.slice(0, MAX_LISTED);
  const more = problems.length > MAX_LISTED ? ` (first ${MAX_LISTED} of ${problems.length} shown)` : '';
  throw new GovgraphError('INVALID_INPUT', `${what} was rejected and nothing changed: ${listed.join('; ')}${more}`, { problems: listed });
}

function shapeProblems(entities: readonly Entity[], links: readonly Link[], problems: string[]): void {
  for (const e of entities) {
    if (typeof e?.id !== 'string' || e.id === '') problems.push('an entity has no id');
    else if (!ENTITY_KIND_SET.has(e.kind)) problems.push(`entity ${e.id} has unknown kind ${String(e.kind)}`);
    else if (typeof e.name !== 'string') problems.push(`entity ${e.id} has no name`);
  }
  for (const l of links) {
    if (typeof l?.id !== 'string' || l.id === '') problems.push('a link has no id');
    else if (!LINK_KIND_SET.has(l.kind)) problems.push(`link ${l.id} has unknown kind ${String(l.kind)}`);
    else if (typeof l.from !== 'string' || typeof l.to !== 'string') problems.push(`link ${l.id} lacks from or to`);
  }
}

function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const id of ids) (seen.has(id) ? twice : seen).add(id);
  return [...twice];
}

/** Throws INVALID_INPUT unless `data` is a whole, consistent graph. */
export function checkGraphData(data: GraphData): void {
  const problems: string[] = [];
  if (!data || !Array.isArray(data.entities) || !Array.isArray(data.links)) reject('the graph', ['the graph needs entities and links arrays']);
  shapeProblems(data.entities, data.links, problems);
  for (const id of duplicates(data.entities.map((e) => e.id))) problems.push(`entity id ${id} is used twice`);
  for (const id of duplicates(data.links.map((l) => l.id))) problems.push(`link id ${id} is used twice`);
  const ids = new Set(data.entities.map((e) => e.id));
  for (const l of data.links) {
    if (!ids.has(l.from) || !ids.has(l.to)) problems.push(`link ${l.id} joins ${l.from} to ${l.to}, which is not an entity`);
  }
  reject('the graph', problems);
}

/** What the database holds that a change set is checked against. */
export interface ChangeContext {
  /** Which of the entity ids the change mentions exist now. */
  existingEntityIds: ReadonlySet<string>;
  /** Links now touching entities the change deletes. */
  linksOfDeleted: readonly { entityId: string; linkId: string }[];
}

/** Throws INVALID_INPUT unless the change set leaves a consistent graph. */
export function checkChangeSet(changes: ChangeSet, context: ChangeContext): void {
  const problems: string[] = [];
  const upsertEntities = changes.upsertEntities ?? [];
  const upsertLinks = changes.upsertLinks ?? [];
  const deleteEntityIds = new Set(changes.deleteEntityIds ?? []);
  const deleteLinkIds = new Set(changes.deleteLinkIds ?? []);
  shapeProblems(upsertEntities, upsertLinks, problems);
  for (const id of duplicates(upsertEntities.map((e) => e.id))) problems.push(`entity id ${id} is upserted twice`);
  for (const id of duplicates(upsertLinks.map((l) => l.id))) problems.push(`link id ${id} is upserted twice`);
  for (const e of upsertEntities) if (deleteEntityIds.has(e.id)) problems.push(`entity ${e.id} is both upserted and deleted`);
  for (const l of upsertLinks) if (deleteLinkIds.has(l.id)) problems.push(`link ${l.id} is both upserted and deleted`);
  const upsertedEntityIds = new Set(upsertEntities.map((e) => e.id));
  const upsertedLinkIds = new Set(upsertLinks.map((l) => l.id));
  const existsAfter = (id: string): boolean => upsertedEntityIds.has(id) || (context.existingEntityIds.has(id) && !deleteEntityIds.has(id));
  for (const l of upsertLinks) {
    for (const end of [l.from, l.to]) if (!existsAfter(end)) problems.push(`link ${l.id} would join ${end}, which would not be an entity`);
  }
  for (const { entityId, linkId } of context.linksOfDeleted) {
    if (!deleteLinkIds.has(linkId) && !upsertedLinkIds.has(linkId)) problems.push(`entity ${entityId} still has link ${linkId}; delete it in the same change`);
  }
  reject('the change', problems);
}
