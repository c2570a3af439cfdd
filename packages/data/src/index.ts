/**
 * Where the graph's seed folders are. In a checkout (running from `src/` with the
 * `@govgraph/source` condition) they are the repository's top-level `seeds/` folders, the source
 * of truth; an installed package carries a copy in its own `seeds/` folder, made when it is built
 * or packed. Found from this file's location, never the working directory, so `govgraph` run from
 * any folder loads the same data.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The seed folders loaded by default, in load order (the national reference layer first). */
export const DEFAULT_SEED_DATASETS = ['reference', 'sefton'] as const;

/** A dataset this package ships. */
export type SeedDatasetName = (typeof DEFAULT_SEED_DATASETS)[number];

/** True when this module runs from the TypeScript sources of a checkout rather than a build. */
const RUNNING_FROM_SOURCE = import.meta.url.endsWith('.ts');

/**
 * The folder holding the dataset folders: `<repository>/seeds` in a checkout
 * (`packages/data/src` -> the root), `<package>/seeds` when built or installed.
 */
export function seedsRoot(): string {
  return fileURLToPath(new URL(RUNNING_FROM_SOURCE ? '../../../seeds/' : '../seeds/', import.meta.url));
}

/** Absolute path of one dataset's seed folder (e.g. `seedDirectory('sefton')`). */
export function seedDirectory(name: SeedDatasetName): string {
  return join(seedsRoot(), name);
}

/** Absolute paths of the reference layer's and the Sefton dataset's seed folders, in load order. */
export function defaultSeedDirectories(): string[] {
  return DEFAULT_SEED_DATASETS.map(seedDirectory);
}
