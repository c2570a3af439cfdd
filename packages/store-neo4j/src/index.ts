// The Neo4j store
export { createNeo4jStore, DEFAULT_STALL_CHECK_MILLIS, DEFAULT_MAX_TRANSACTION_RETRY_MILLIS, CONNECTION_TIMEOUT_MILLIS, CONNECTION_ACQUISITION_TIMEOUT_MILLIS } from './store.js';
export type { Neo4jStoreOptions } from './store.js';

// Safe-to-print URIs (no credentials)
export { redactUri } from './errors.js';
