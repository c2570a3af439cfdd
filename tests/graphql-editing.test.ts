/** The GraphQL editing end-to-end suite (mutations, keys, audit log over HTTP) on the embedded memory store. */
import { createMemoryStore } from '@govgraph/store-memory';
import { defineGraphqlEditingE2e } from './graphql/define-graphql-editing-e2e.js';

defineGraphqlEditingE2e({
  name: 'memory',
  makeStore: async (data) => {
    const store = createMemoryStore();
    await store.replaceAll(data);
    return store;
  },
});
