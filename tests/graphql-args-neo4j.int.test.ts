/**
 * GraphQL arguments are only data, on Neo4j (the shared server of the global set-up): hostile ids
 * and search text never run as Cypher, the planted sentinel node survives, and search answers
 * exactly as the shared scoring rule says (see define-graphql-args-properties.ts).
 */
import { inject } from 'vitest';
import { createNeo4jStore } from '@govgraph/store-neo4j';
import { defineGraphqlArgsProperties } from './graphql/define-graphql-args-properties.js';

defineGraphqlArgsProperties('neo4j', () => createNeo4jStore({ uri: inject('neo4jUri') }), { numRuns: 50, hookTimeoutMs: 120_000 });
