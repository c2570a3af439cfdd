// The Neo4j store
export { createNeo4jStore } from './store.js';
export type { Neo4jStoreOptions } from './store.js';

// Safe-to-print URIs (no credentials)
export { redactUri } from './errors.js';
