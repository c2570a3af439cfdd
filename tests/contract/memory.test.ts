/** The packaged store contract (`@govgraph/store-contract`) on the embedded memory store. */
import { createMemoryStore } from '@govgraph/store-memory';
import { describeGraphStoreContract } from '@govgraph/store-contract';

describeGraphStoreContract('memory', async () => createMemoryStore(), { textPropertyRuns: 200 });
