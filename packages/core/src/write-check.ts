/**
 * The check every store makes before a write reaches its graph, written once so that every store
 * refuses the same writes with the same problems: facts have the fields stores rely on (an id, a
 * known kind, a name; a link's ends), ids are unique, every link that exists afterwards joins two
 * entities that exist afterwards, no entity is deleted while a link not deleted with it still
 * touches it, and no id is both upserted and deleted. What the facts say (sources, dates, endpoint
 * kinds) is the fact rules' business (`fact-rules.ts`), not a store's: a store holds any consistent
 * graph. Every problem is reported at once, and nothing is written.
 */
import { ENTITY_KINDS, LINK_KINDS, type Entity, type GraphData, type Link } from './ontology.js';
import type { ChangeSet } from './port.js';
import { ProblemList, type PathSegment } from './problems.js';
import { entityTextProblems, linkTextProblems, type TextProblem } from './text-rules.js';

/**
 * Codes of the problems {@link checkGraphData} and {@link checkChangeSet} report:
 * - `schema`: a fact lacks a field stores rely on, or a change set is not made of lists;
 * - `duplicate-id`: an id used twice in one graph, or upserted twice in one change;
 * - `dangling-reference`: a link would join an entity that does not exist (afterwards);
 * - `has-links`: an entity is deleted while a link not deleted (or moved) in the same change touches it;
 * - `upserted-and-deleted`: one change both upserts and deletes an id;
 * - the text rules' codes (`TEXT_PROBLEM_CODES` of `text-rules.ts`: `malformed-unicode`, `control-character`,
 *   `link-id-mismatch`, `url-scheme`, ...): text no store may hold, so that nothing written can
 *   break a later read or differ between stores.
 */
export const WRITE_PROBLEM_CODES = ['schema', 'duplicate-id', 'dangling-reference', 'has-links', 'upserted-and-deleted'] as const;
/** One of {@link WRITE_PROBLEM_CODES}. */
export type WriteProblemCode = (typeof WRITE_PROBLEM_CODES)[number];

/** Problems a write error lists before it only counts (a national graph can have a million). */
const KEPT_PROBLEMS = 20;

const ENTITY_KIND_SET: ReadonlySet<string> = new Set(ENTITY_KINDS);
const LINK_KIND_SET: ReadonlySet<string> = new Set(LINK_KINDS);

/** What a store holds that a change set is checked against (read inside the write's transaction). */
export interface ChangeSetContext {
  /** Whether an entity exists now; asked for the ends of upserted links and for deleted entities. */
  entityExists(id: string): boolean;
  /** Ids of the links now touching an entity the change deletes. */
  linksTouching(entityId: string): Iterable<string>;
}

function problemList(): ProblemList {
  return new ProblemList({ keep: KEPT_PROBLEMS });
}

/** Whether an entity has the fields stores rely on; reports each that is missing. */
function entityShape(entity: Entity, path: readonly PathSegment[], problems: ProblemList): boolean {
  if (typeof entity !== 'object' || entity === null) {
    problems.add(path, 'schema', 'an entity is an object');
    return false;
  }
  const before = problems.count;
  if (typeof entity.id !== 'string' || entity.id === '') problems.add([...path, 'id'], 'schema', 'an entity has no id');
  if (!ENTITY_KIND_SET.has(entity.kind)) problems.add([...path, 'kind'], 'schema', `entity ${String(entity.id)} has unknown kind ${String(entity.kind)}`);
  if (typeof entity.name !== 'string') problems.add([...path, 'name'], 'schema', `entity ${String(entity.id)} has no name`);
  addTextProblems(`entity ${String(entity.id)}`, entityTextProblems(entity), path, problems);
  return problems.count === before;
}

/** Whether a link has the fields stores rely on; reports each that is missing. */
function linkShape(link: Link, path: readonly PathSegment[], problems: ProblemList): boolean {
  if (typeof link !== 'object' || link === null) {
    problems.add(path, 'schema', 'a link is an object');
    return false;
  }
  const before = problems.count;
  if (typeof link.id !== 'string' || link.id === '') problems.add([...path, 'id'], 'schema', 'a link has no id');
  if (!LINK_KIND_SET.has(link.kind)) problems.add([...path, 'kind'], 'schema', `link ${String(link.id)} has unknown kind ${String(link.kind)}`);
  if (typeof link.from !== 'string') problems.add([...path, 'from'], 'schema', `link ${String(link.id)} lacks from`);
  if (typeof link.to !== 'string') problems.add([...path, 'to'], 'schema', `link ${String(link.id)} lacks to`);
  addTextProblems(`link ${String(link.id)}`, linkTextProblems(link), path, problems);
  return problems.count === before;
}

/** Reports each text rule a fact breaks at its field path, with the rule's code. */
function addTextProblems(fact: string, found: readonly TextProblem[], path: readonly PathSegment[], problems: ProblemList): void {
  for (const problem of found) problems.add([...path, ...problem.path], problem.code, `${fact}: ${problem.message}`);
}

/**
 * Throws INVALID_INPUT (every problem in `details.problems`, paths like `links[12].to`) unless
 * `data` is a whole, consistent graph: entities and links arrays, facts with the fields stores
 * rely on, unique ids, every link joining two of its entities.
 */
export function checkGraphData(data: GraphData): void {
  const problems = problemList();
  if (typeof data !== 'object' || data === null || !Array.isArray(data.entities) || !Array.isArray(data.links)) {
    problems.add([], 'schema', 'the graph needs entities and links arrays');
    problems.throwIfAny('the graph was rejected and nothing changed');
  }
  const entityIds = new Set<string>();
  data.entities.forEach((entity, index) => {
    if (!entityShape(entity, ['entities', index], problems)) return;
    if (entityIds.has(entity.id)) problems.add(['entities', index, 'id'], 'duplicate-id', `entity id ${entity.id} is used twice`);
    entityIds.add(entity.id);
  });
  const linkIds = new Set<string>();
  data.links.forEach((link, index) => {
    if (!linkShape(link, ['links', index], problems)) return;
    if (linkIds.has(link.id)) problems.add(['links', index, 'id'], 'duplicate-id', `link id ${link.id} is used twice`);
    linkIds.add(link.id);
    for (const end of ['from', 'to'] as const) {
      if (!entityIds.has(link[end])) problems.add(['links', index, end], 'dangling-reference', `link ${link.id} joins ${link.from} to ${link.to}, and ${link[end]} is not an entity`);
    }
  });
  problems.throwIfAny('the graph was rejected and nothing changed');
}

/**
 * Throws INVALID_INPUT unless `changes` is an object whose upsert and delete fields are arrays:
 * the part of {@link checkChangeSet} a store needs before it can even read what the change touches.
 */
export function checkChangeSetShape(changes: ChangeSet): void {
  const problems = problemList();
  if (typeof changes !== 'object' || changes === null) {
    problems.add([], 'schema', 'a change set is an object with upsertEntities, upsertLinks, deleteEntityIds and deleteLinkIds lists');
  } else {
    for (const field of ['upsertEntities', 'upsertLinks', 'deleteEntityIds', 'deleteLinkIds'] as const) {
      if (changes[field] !== undefined && !Array.isArray(changes[field])) problems.add([field], 'schema', `${field} is a list`);
    }
  }
  problems.throwIfAny('the change was rejected and nothing changed');
}

/**
 * Throws INVALID_INPUT (every problem in `details.problems`, paths like `upsertLinks[2].to`) unless
 * applying `changes` to the graph `context` describes leaves a consistent graph: facts with the
 * fields stores rely on, ids unique within each list, no id both upserted and deleted, every link
 * that exists afterwards joining two entities that exist afterwards, no entity deleted while a link
 * not deleted (or upserted) with it still touches it. Changes nothing.
 */
export function checkChangeSet(changes: ChangeSet, context: ChangeSetContext): void {
  checkChangeSetShape(changes);
  const problems = problemList();
  const deleteEntityIds = changes.deleteEntityIds ?? [];
  const deletedEntities = new Set(deleteEntityIds);
  const deletedLinks = new Set(changes.deleteLinkIds ?? []);
  const upsertedEntities = new Set<string>();
  const upsertedLinks = new Map<string, { link: Link; index: number }>();
  (changes.upsertEntities ?? []).forEach((entity, index) => {
    if (!entityShape(entity, ['upsertEntities', index], problems)) return;
    if (upsertedEntities.has(entity.id)) problems.add(['upsertEntities', index, 'id'], 'duplicate-id', `entity id ${entity.id} is upserted twice`);
    if (deletedEntities.has(entity.id)) problems.add(['upsertEntities', index, 'id'], 'upserted-and-deleted', `entity ${entity.id} is both upserted and deleted`);
    upsertedEntities.add(entity.id);
  });
  (changes.upsertLinks ?? []).forEach((link, index) => {
    if (!linkShape(link, ['upsertLinks', index], problems)) return;
    if (upsertedLinks.has(link.id)) problems.add(['upsertLinks', index, 'id'], 'duplicate-id', `link id ${link.id} is upserted twice`);
    if (deletedLinks.has(link.id)) problems.add(['upsertLinks', index, 'id'], 'upserted-and-deleted', `link ${link.id} is both upserted and deleted`);
    upsertedLinks.set(link.id, { link, index });
  });
  const existsAfter = (id: string): boolean => upsertedEntities.has(id) || (!deletedEntities.has(id) && context.entityExists(id));
  for (const { link, index } of upsertedLinks.values()) {
    for (const end of ['from', 'to'] as const) {
      if (!existsAfter(link[end])) problems.add(['upsertLinks', index, end], 'dangling-reference', `link ${link.id} would join ${link[end]}, which would not be an entity`);
    }
  }
  const reported = new Set<string>();
  deleteEntityIds.forEach((id, index) => {
    if (reported.has(id)) return;
    reported.add(id);
    for (const linkId of context.linksTouching(id)) {
      if (!deletedLinks.has(linkId) && !upsertedLinks.has(linkId)) {
        problems.add(['deleteEntityIds', index], 'has-links', `entity ${id} still has link ${linkId}; delete it in the same change`);
      }
    }
  });
  problems.throwIfAny('the change was rejected and nothing changed');
}
