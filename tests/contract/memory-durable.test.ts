/**
 * The memory store kept on disk must answer exactly like the plain one: the whole packaged store
 * contract (`@govgraph/store-contract`), each store in a fresh data directory.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { openDurableMemoryStore } from '@govgraph/store-memory';
import { describeGraphStoreContract } from '@govgraph/store-contract';

const directories: string[] = [];

async function openInFreshDirectory() {
  const directory = await mkdtemp(join(tmpdir(), 'govgraph-durable-contract-'));
  directories.push(directory);
  // A small compactEvery so the suites also run through snapshots and journal truncation.
  return openDurableMemoryStore({ directory, compactEvery: 7 });
}

afterAll(async () => {
  await Promise.all(directories.map((directory) => rm(directory, { recursive: true, force: true })));
});

describeGraphStoreContract('memory (durable)', openInFreshDirectory);
