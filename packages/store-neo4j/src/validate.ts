/**
 * Checks a write before it reaches Neo4j, so a bad load fails fast with a clear error and the
 * transaction never starts: duplicate ids, unknown kinds and links whose ends do not exist.
 */
import { GovgraphError, type Entity, type Link } from '@govgraph/core';
import { whitelistEntityKind, whitelistLinkKinds } from './cypher.js';

function firstDuplicate(ids: readonly string[]): string | undefined {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) return id;
    seen.add(id);
  }
  return undefined;
}

/** Throws INVALID_INPUT unless ids are unique, kinds known and every link's ends are in `entityIds`. */
export function checkGraph(entities: readonly Entity[], links: readonly Link[], entityIds: ReadonlySet<string>): void {
  const duplicateEntity = firstDuplicate(entities.map((e) => e.id));
  if (duplicateEntity) throw new GovgraphError('INVALID_INPUT', `entity id "${duplicateEntity}" appears twice`, { id: duplicateEntity });
  const duplicateLink = firstDuplicate(links.map((l) => l.id));
  if (duplicateLink) throw new GovgraphError('INVALID_INPUT', `link id "${duplicateLink}" appears twice`, { id: duplicateLink });
  for (const entity of entities) whitelistEntityKind(entity.kind);
  for (const link of links) {
    whitelistLinkKinds([link.kind]);
    for (const end of [link.from, link.to]) {
      if (!entityIds.has(end)) {
        throw new GovgraphError('INVALID_INPUT', `link "${link.id}" refers to "${end}", which is not an entity`, { link: link.id, missing: end });
      }
    }
  }
}
