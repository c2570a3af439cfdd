import type { GraphData } from '@govgraph/core';
import { defaultSeedDirectories, formatSeedProblems, hasSeedErrors, loadSeedDirectories } from '@govgraph/seeds';

/** The repository's seeds (reference + Sefton), failing with every problem when they have errors. */
export async function loadSeftonSeeds(): Promise<GraphData> {
  const seeds = await loadSeedDirectories(defaultSeedDirectories());
  if (hasSeedErrors(seeds.problems)) throw new Error(`the seed data has problems:\n${formatSeedProblems(seeds.problems)}`);
  return seeds.data;
}
