import { defineConfig } from 'vitest/config';

const conditions = ['@govgraph/source', 'node', 'import', 'module', 'default'];

/**
 * Two projects: `unit` (no services) and `integration` (`*.int.test.ts`, against a real Neo4j that
 * the global set-up starts from Maven Central jars). `pnpm test` runs both.
 */
export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: ['@govgraph/source'] } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['packages/*/test/**/*.test.ts', 'tests/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', '**/node_modules/**'],
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['packages/*/test/**/*.int.test.ts', 'tests/**/*.int.test.ts'],
          globalSetup: ['tests/setup/neo4j-global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
