/**
 * The seed folders as a graph, for a program that only wants the data: every embedder, the CLI
 * and the tests would otherwise each load the folders, test for errors and build the same message.
 */
import { GovgraphError, type GraphData } from '@govgraph/core';
import { loadSeedDirectories, type SeedLoadOptions } from './load.js';
import { defaultSeedDirectories } from './locations.js';
import { formatSeedProblems, hasSeedErrors } from './problems.js';

/**
 * Loads the seed folders (default: the reference layer and the Sefton dataset) and returns their
 * graph; any error throws SEED_INVALID listing every problem with its file, line and field.
 * Warnings do not stop it (`loadSeedDirectories` gives them).
 */
export async function loadSeedGraph(dirs: readonly string[] = defaultSeedDirectories(), options: SeedLoadOptions = {}): Promise<GraphData> {
  const result = await loadSeedDirectories(dirs, options);
  if (hasSeedErrors(result.problems)) {
    throw new GovgraphError('SEED_INVALID', `the seed data has problems:\n${formatSeedProblems(result.problems)}`);
  }
  return result.data;
}
