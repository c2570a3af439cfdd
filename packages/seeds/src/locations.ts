/**
 * Where the repository's own seed folders are. Found from this file's location, not the working
 * directory, so `govgraph` run from anywhere (or a test) loads the same seeds.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The seed folders loaded by default, in load order (the national reference layer first). */
export const DEFAULT_SEED_DATASETS = ['reference', 'sefton'] as const;

/** The repository root: the nearest folder above this package holding `pnpm-workspace.yaml`. */
export function repositoryRoot(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  let dir = here;
  for (;;) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return resolve(here, '..', '..', '..'); // packages/seeds/{src,dist} -> root
    dir = parent;
  }
}

/** Absolute paths of `seeds/reference` and `seeds/sefton` in the repository. */
export function defaultSeedDirectories(): string[] {
  const root = repositoryRoot();
  return DEFAULT_SEED_DATASETS.map((name) => join(root, 'seeds', name));
}
