/**
 * `@govgraph/store-memory`: the embedded in-memory govgraph store, the zero set-up default.
 * See `memory-store.ts` for the exact query semantics every store shares.
 */
export { createMemoryStore, MemoryStore } from './memory-store.js';
export type { MemoryStoreOptions, PreparedApply, PreparedReplaceAll } from './memory-store.js';

// The same store kept on disk: edits survive restarts and crashes (see `durable/durable-store.ts`).
export { openDurableMemoryStore, DEFAULT_COMPACT_EVERY } from './durable/durable-store.js';
export type { DurableMemoryStoreOptions } from './durable/durable-store.js';
