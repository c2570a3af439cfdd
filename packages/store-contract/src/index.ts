/**
 * The contract every govgraph store must pass, packaged so that any store (the embedded one, the
 * durable one, Neo4j, or one written elsewhere) runs the same checks against itself, as graphology
 * ships its specs. A store's test file calls {@link describeGraphStoreContract} with a function
 * that opens a new store; the suites load their own fixture graph, so the store may share a
 * database with earlier ones. The suites are vitest `describe` blocks (vitest is a peer
 * dependency) and assert on error codes, never on messages.
 */
import type { GraphStore } from '@govgraph/core';
import { defineAuditedWriteContract } from './audited-write-contract.js';
import { defineDensePathContract } from './dense-path-contract.js';
import { definePeopleMergeContract } from './people-merge-contract.js';
import { defineStoreContract } from './store-contract.js';
import { defineTextContract } from './text-contract.js';

/** Options of {@link describeGraphStoreContract}. */
export interface GraphStoreContractOptions {
  /** Time allowed to open a store and load a fixture (a store behind a server needs more). Default 60 s. */
  hookTimeoutMs?: number | undefined;
  /** Runs of each text property (a store behind a server answers more slowly). Default 40. */
  textPropertyRuns?: number | undefined;
}

/**
 * Declares every contract suite for one store: the queries and writes ({@link defineStoreContract}),
 * audited writes, `path` on a dense web, merging people through the editor, and text at the write
 * boundary. `openStore` must return a new, open store each time it is called.
 */
export function describeGraphStoreContract(name: string, openStore: () => Promise<GraphStore>, options: GraphStoreContractOptions = {}): void {
  const hookTimeoutMs = options.hookTimeoutMs ?? 60_000;
  defineStoreContract(name, openStore, { hookTimeoutMs });
  defineAuditedWriteContract(name, openStore, { hookTimeoutMs });
  defineDensePathContract(name, openStore, { hookTimeoutMs });
  definePeopleMergeContract(name, openStore, { hookTimeoutMs });
  defineTextContract(name, openStore, { hookTimeoutMs, numRuns: options.textPropertyRuns });
}

export { defineStoreContract, type StoreContractOptions } from './store-contract.js';
export { defineAuditedWriteContract, type AuditedWriteContractOptions } from './audited-write-contract.js';
export { defineDensePathContract, denseWeb, type DensePathContractOptions } from './dense-path-contract.js';
export { definePeopleMergeContract } from './people-merge-contract.js';
export { defineTextContract, type TextContractOptions } from './text-contract.js';
export { FIXTURE_AREAS, FIXTURE_DAYS, fixtureGraph } from './fixture-graph.js';
export {
  bruteForceSearch,
  expectCode,
  ids,
  lid,
  newFixtureBody,
  newFixtureLink,
  sortedGraph,
  sortedIds,
  summariseOversight,
  summarisePath,
  type EntrySummary,
} from './contract-helpers.js';
