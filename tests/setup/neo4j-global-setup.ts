/**
 * vitest global set-up of the `integration` project: starts one local Neo4j Community (fetched from
 * Maven Central on first use) for every integration test file, hands its Bolt URI to the tests as
 * `inject('neo4jUri')`, and stops it afterwards. Missing Java or Maven fails the run with what to
 * install; the Neo4j tests are never skipped.
 */
import type { TestProject } from 'vitest/node';
// A relative import: vitest loads global set-up files without the workspace's `@govgraph/source` condition.
import { startLocalNeo4j, type LocalNeo4j } from '../../packages/neo4j-local/src/index.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Bolt URI of the Neo4j the global set-up started (auth off). */
    neo4jUri: string;
  }
}

let server: LocalNeo4j | undefined;

/** Starts Neo4j and provides its URI. */
export async function setup(project: TestProject): Promise<void> {
  server = await startLocalNeo4j();
  project.provide('neo4jUri', server.uri);
}

/** Stops Neo4j and removes its data. */
export async function teardown(): Promise<void> {
  await server?.stop();
  server = undefined;
}
