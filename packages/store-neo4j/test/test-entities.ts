import type { Entity } from '@govgraph/core';

/** A minimal in-force body with no sources, for tests that only need ids in the graph. */
export function body(id: string): Entity {
  return {
    id,
    kind: 'Body',
    name: id,
    names: [{ name: id, sources: [] }],
    aliases: [],
    status: 'in-force',
    confidence: 'stated',
    sources: [],
    attributes: {},
  };
}
