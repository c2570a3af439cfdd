#!/usr/bin/env node
/**
 * Copies the top-level folders the brief keeps as the source of truth into the packages that ship
 * them: `schema/*.graphql` into `packages/graphql/dist/schema/` (the SDL the installed package
 * reads) and `seeds/reference`, `seeds/sefton` into `packages/data/seeds/`. Run by those packages'
 * `build` and `prepack` scripts (so `pnpm pack` always ships the current files) and by the root
 * `pnpm build`. The copies are build output: ignored by git, never edited.
 *
 *   node scripts/copy-package-assets.mjs [@govgraph/graphql|@govgraph/data ...]   (default: both)
 */
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** What each package ships: a source folder of the repository, the copy's place, and which files. */
const ASSETS = {
  '@govgraph/graphql': { from: join(root, 'schema'), to: join(root, 'packages/graphql/dist/schema'), keep: (name) => name.endsWith('.graphql') },
  '@govgraph/data': { from: join(root, 'seeds'), to: join(root, 'packages/data/seeds'), keep: (name) => name === 'reference' || name === 'sefton' },
};

const wanted = process.argv.slice(2);
for (const name of wanted) {
  if (!(name in ASSETS)) {
    process.stderr.write(`copy-package-assets: unknown package ${name} (known: ${Object.keys(ASSETS).join(', ')})\n`);
    process.exit(2);
  }
}
for (const name of wanted.length > 0 ? wanted : Object.keys(ASSETS)) {
  const { from, to, keep } = ASSETS[name];
  if (!existsSync(from)) {
    process.stderr.write(`copy-package-assets: ${from} does not exist\n`);
    process.exit(1);
  }
  rmSync(to, { recursive: true, force: true }); // a file removed at the source is removed from the copy
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from).filter(keep)) cpSync(join(from, entry), join(to, entry), { recursive: true, dereference: true });
}
