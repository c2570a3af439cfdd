import { createMemoryStore } from '@govgraph/store-memory';
import { defineAuditedWriteContract } from './define-audited-write-contract.js';
import { defineDensePathContract } from './define-dense-path-contract.js';
import { definePeopleMergeContract } from './define-people-merge-contract.js';
import { defineStoreContract } from './define-store-contract.js';

defineStoreContract('memory', async () => createMemoryStore());
defineAuditedWriteContract('memory', async () => createMemoryStore());
defineDensePathContract('memory', async () => createMemoryStore());
definePeopleMergeContract('memory', async () => createMemoryStore());
