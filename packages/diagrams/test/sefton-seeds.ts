import type { GraphData } from '@govgraph/core';
import { loadSeedGraph } from '@govgraph/seeds';

/** The repository's seeds (reference + Sefton), failing with every problem when they have errors. */
export async function loadSeftonSeeds(): Promise<GraphData> {
  return loadSeedGraph();
}
