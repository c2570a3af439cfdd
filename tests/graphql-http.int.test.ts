/** The GraphQL end-to-end suite (real seeds, over HTTP) on a real Neo4j: the same answers as the memory store. */
import { inject } from 'vitest';
import { createNeo4jStore } from '@govgraph/store-neo4j';
import { defineGraphqlE2e } from './graphql/define-graphql-e2e.js';

defineGraphqlE2e({
  name: 'neo4j',
  makeStore: async (data) => {
    const store = await createNeo4jStore({ uri: inject('neo4jUri') });
    await store.replaceAll(data);
    return store;
  },
});
