/** The text contract on a real Neo4j: the same refusals, and text read back as written. */
import { inject } from 'vitest';
import { createNeo4jStore } from '@govgraph/store-neo4j';
import { defineTextContract } from './define-text-contract.js';

defineTextContract('neo4j', () => createNeo4jStore({ uri: inject('neo4jUri') }), { hookTimeoutMs: 120_000, numRuns: 40 });
