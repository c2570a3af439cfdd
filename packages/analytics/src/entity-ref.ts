/**
 * Analytics results name entities by a small reference rather than the whole entity, so that a
 * report stays readable as JSON and both stores give byte-identical answers.
 */
import type { Entity, EntityKind, Link, SourceRef, Status } from '@govgraph/core';
import { compareStrings } from '@govgraph/core';

/** An entity as named in a result. */
export interface EntityRef {
  id: string;
  kind: EntityKind;
  name: string;
}

/** The reference of an entity. */
export function toEntityRef(entity: Pick<Entity, 'id' | 'kind' | 'name'>): EntityRef {
  return { id: entity.id, kind: entity.kind, name: entity.name };
}

/** Citations of a set of facts, without repeats, sorted by source id then item, for deterministic output. */
export function collectSources(facts: readonly { sources: readonly SourceRef[] }[]): SourceRef[] {
  const seen = new Map<string, SourceRef>();
  for (const fact of facts) {
    for (const ref of fact.sources) {
      const key = `${ref.source}\u0000${ref.item ?? ''}\u0000${ref.quote ?? ''}`;
      if (!seen.has(key)) seen.set(key, ref);
    }
  }
  return [...seen.values()].sort(
    (a, b) => compareStrings(a.source, b.source) || compareStrings(a.item ?? '', b.item ?? '') || compareStrings(a.quote ?? '', b.quote ?? ''),
  );
}

/** How firm a fact is, weakest first: an answer resting on several facts is only as firm as the weakest. */
const STATUS_FIRMNESS: Record<Status, number> = {
  scheduled: 0,
  proposed: 1,
  'enacted-not-in-force': 2,
  agreed: 3,
  ended: 4,
  'in-force': 5,
};

/** The weakest status among facts (in-force when there are none). */
export function weakestStatus(facts: readonly { status: Status }[]): Status {
  let weakest: Status = 'in-force';
  for (const fact of facts) if (STATUS_FIRMNESS[fact.status] < STATUS_FIRMNESS[weakest]) weakest = fact.status;
  return weakest;
}

/** Links sorted by id (the order every store documents). */
export function sortLinks(links: Iterable<Link>): Link[] {
  return [...links].sort((a, b) => compareStrings(a.id, b.id));
}
