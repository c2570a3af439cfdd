/**
 * `@govgraph/store-memory`: the embedded in-memory govgraph store, the zero set-up default.
 * See `memory-store.ts` for the exact query semantics every store shares.
 */
export { createMemoryStore, MemoryStore } from './memory-store.js';
export type { MemoryStoreOptions } from './memory-store.js';
