/**
 * The packaged store contract (`@govgraph/store-contract`) on a real Neo4j (started by
 * tests/setup/neo4j-global-setup.ts). Every check the memory store passes, the Neo4j store must
 * pass identically.
 */
import { inject } from 'vitest';
import { createNeo4jStore } from '@govgraph/store-neo4j';
import { describeGraphStoreContract } from '@govgraph/store-contract';

describeGraphStoreContract('neo4j', () => createNeo4jStore({ uri: inject('neo4jUri') }), { hookTimeoutMs: 120_000, textPropertyRuns: 40 });
