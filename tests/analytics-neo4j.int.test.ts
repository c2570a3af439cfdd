/**
 * The analytics acceptance suite on a real Neo4j (started by tests/setup/neo4j-global-setup.ts):
 * the same answers as on the memory store, from the same seeds.
 */
import { inject } from 'vitest';
import { createNeo4jStore } from '@govgraph/store-neo4j';
import { defineAnalyticsContract } from './analytics/define-analytics-contract.js';

defineAnalyticsContract('neo4j', () => createNeo4jStore({ uri: inject('neo4jUri') }), { hookTimeoutMs: 120_000 });
