/**
 * The store contract on a real Neo4j (started by tests/setup/neo4j-global-setup.ts). Every check
 * the memory store passes, the Neo4j store must pass identically.
 */
import { inject } from 'vitest';
import { createNeo4jStore } from '@govgraph/store-neo4j';
import { defineAuditedWriteContract } from './define-audited-write-contract.js';
import { defineDensePathContract } from './define-dense-path-contract.js';
import { definePeopleMergeContract } from './define-people-merge-contract.js';
import { defineStoreContract } from './define-store-contract.js';

defineStoreContract('neo4j', () => createNeo4jStore({ uri: inject('neo4jUri') }), { hookTimeoutMs: 120_000 });
defineAuditedWriteContract('neo4j', () => createNeo4jStore({ uri: inject('neo4jUri') }), { hookTimeoutMs: 120_000 });
defineDensePathContract('neo4j', () => createNeo4jStore({ uri: inject('neo4jUri') }), { hookTimeoutMs: 120_000 });
definePeopleMergeContract('neo4j', () => createNeo4jStore({ uri: inject('neo4jUri') }), { hookTimeoutMs: 120_000 });
