/**
 * GraphQL arguments are only data, on the memory store: hostile ids and search text through
 * `createSchema(store)` and graphql-js with variables (see define-graphql-args-properties.ts).
 */
import { createMemoryStore } from '@govgraph/store-memory';
import { defineGraphqlArgsProperties } from './graphql/define-graphql-args-properties.js';

defineGraphqlArgsProperties('memory', async () => createMemoryStore(), { numRuns: 100 });
