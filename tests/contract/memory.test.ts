import { createMemoryStore } from '@govgraph/store-memory';
import { defineStoreContract } from './define-store-contract.js';

defineStoreContract('memory', async () => createMemoryStore());
