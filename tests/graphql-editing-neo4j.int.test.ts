/** The GraphQL editing end-to-end suite (mutations, keys, audit log over HTTP) on a real Neo4j: the same behaviour as the memory store. */
import { inject } from 'vitest';
import { createNeo4jStore } from '@govgraph/store-neo4j';
import { defineGraphqlEditingE2e } from './graphql/define-graphql-editing-e2e.js';

defineGraphqlEditingE2e({
  name: 'neo4j',
  makeStore: async (data) => {
    const store = await createNeo4jStore({ uri: inject('neo4jUri') });
    await store.replaceAll(data);
    return store;
  },
});
