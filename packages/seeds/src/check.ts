/**
 * The one-call check behind `govgraph check`: load the folders, count what was found, and say
 * whether the seed may be loaded.
 */
import { loadSeedDirectories, type SeedLoadOptions, type SeedLoadResult } from './load.js';

/** Counts for a check's summary line. */
export interface SeedCheckSummary {
  files: number;
  datasets: number;
  entities: number;
  links: number;
  errors: number;
  warnings: number;
}

/** A {@link SeedLoadResult} plus its summary; `ok` is true when there is no error (warnings allowed). */
export interface SeedCheckReport extends SeedLoadResult {
  ok: boolean;
  summary: SeedCheckSummary;
}

/** Loads and checks seed folders, for tools that only want the verdict and the problems. */
export async function checkSeedDirectories(dirs: readonly string[], options: SeedLoadOptions = {}): Promise<SeedCheckReport> {
  const result = await loadSeedDirectories(dirs, options);
  return { ...result, ok: !result.problems.some((p) => p.severity === 'error'), summary: summariseSeedLoad(result) };
}

/** Counts files, datasets, valid entities and links, errors and warnings of a load. */
export function summariseSeedLoad(result: SeedLoadResult): SeedCheckSummary {
  let errors = 0;
  let warnings = 0;
  for (const p of result.problems) {
    if (p.severity === 'error') errors++;
    else warnings++;
  }
  return {
    files: result.files.length,
    datasets: result.datasets.length,
    entities: result.data.entities.length,
    links: result.data.links.length,
    errors,
    warnings,
  };
}
