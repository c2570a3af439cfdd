import { existsSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SEED_DATASETS, defaultSeedDirectories, seedDirectory, seedsRoot } from '@govgraph/data';

const repositorySeeds = join(import.meta.dirname, '..', '..', '..', 'seeds');

describe('seed folders from a checkout', () => {
  it("are the repository's top-level seeds/ folders (the source of truth), not the package's build copy", () => {
    expect(seedsRoot()).toBe(`${repositorySeeds}/`);
    expect(seedDirectory('sefton')).toBe(join(repositorySeeds, 'sefton'));
  });

  it('lists the reference layer first, then Sefton, as absolute folders holding a dataset manifest, whatever the working directory', () => {
    const cwd = process.cwd();
    try {
      process.chdir('/');
      const dirs = defaultSeedDirectories();
      expect(dirs).toEqual(DEFAULT_SEED_DATASETS.map((name) => join(repositorySeeds, name)));
      for (const dir of dirs) {
        expect(isAbsolute(dir)).toBe(true);
        expect(existsSync(join(dir, 'dataset.yaml'))).toBe(true);
      }
    } finally {
      process.chdir(cwd);
    }
  });
});
