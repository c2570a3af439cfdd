/** Terse builders of stored facts for the memory store's unit tests. */
import type { Entity, EntityKind, Link, LinkKind } from '@govgraph/core';

/** An entity with the fields every fact needs; `extra` overrides. */
export function entity(id: string, extra: Partial<Entity> = {}, kind: EntityKind = 'Body'): Entity {
  const name = extra.name ?? id;
  return { id, kind, name, names: [{ name, sources: [] }], aliases: [], status: 'in-force', confidence: 'stated', sources: [], attributes: {}, ...extra };
}

/** A link with the default id `KIND:from->to` unless `extra.id` says otherwise. */
export function link(kind: LinkKind, from: string, to: string, extra: Partial<Link> = {}): Link {
  return { id: `${kind}:${from}->${to}`, kind, from, to, status: 'in-force', confidence: 'stated', sources: [], ...extra };
}
