/**
 * The package dependency graph as pnpm prints it (docs/packages.md): a store depends on core and
 * on nothing else of govgraph's, so every rule a store obeys has one home, and core depends on no
 * other govgraph package.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const workspace = fileURLToPath(new URL('..', import.meta.url));

/** Each named package's production dependencies on other workspace packages, from `pnpm list --json`. */
async function workspaceDependencies(names: string[]): Promise<Record<string, string[]>> {
  const { stdout } = await promisify(execFile)('pnpm', ['-r', ...names.flatMap((name) => ['--filter', name]), 'list', '--depth', '0', '--prod', '--only-projects', '--json'], { cwd: workspace });
  const listed = JSON.parse(stdout) as { name: string; dependencies?: Record<string, { version: string }> }[];
  return Object.fromEntries(
    listed.map(({ name, dependencies }) => [name, Object.entries(dependencies ?? {}).filter(([, dep]) => dep.version.startsWith('link:')).map(([dep]) => dep).sort()]),
  );
}

describe('the package dependency graph', () => {
  it('has the stores depending on core only, and core on no other govgraph package', { timeout: 60_000 }, async () => {
    expect(await workspaceDependencies(['@govgraph/store-memory', '@govgraph/store-neo4j', '@govgraph/core'])).toEqual({
      '@govgraph/store-memory': ['@govgraph/core'],
      '@govgraph/store-neo4j': ['@govgraph/core'],
      '@govgraph/core': [],
    });
  });
});
