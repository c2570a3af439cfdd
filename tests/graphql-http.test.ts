/** The GraphQL end-to-end suite (real seeds, over HTTP) on the embedded memory store. */
import { createMemoryStore } from '@govgraph/store-memory';
import { defineGraphqlE2e } from './graphql/define-graphql-e2e.js';

defineGraphqlE2e({
  name: 'memory',
  makeStore: async (data) => {
    const store = createMemoryStore();
    await store.replaceAll(data);
    return store;
  },
});
