import { createMemoryStore } from '@govgraph/store-memory';
import { defineTextContract } from './define-text-contract.js';

defineTextContract('memory', async () => createMemoryStore(), { numRuns: 200 });
