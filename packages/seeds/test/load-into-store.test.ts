/**
 * The rule that a load never replaces edits unseen, as the library states it (`govgraph load`
 * calls it; packages/cli/test/data-dir.test.ts tests the command).
 */
import { describe, expect, it } from 'vitest';
import { isGovgraphError } from '@govgraph/core';
import { createMemoryStore } from '@govgraph/store-memory';
import { LOAD_ACTION, editsSinceLastLoad, loadIntoStore, loadSeedDirectories } from '../src/index.js';
import { FIXTURES } from './seed-folders.js';

async function cleanSeeds() {
  const seeds = await loadSeedDirectories([`${FIXTURES}clean-national`, `${FIXTURES}clean-local`]);
  expect(seeds.problems).toEqual([]);
  return seeds.data;
}

describe('loadIntoStore', () => {
  it('loads into a store with no edits as one audited load, then refuses a load over an edit until told to replace it', async () => {
    const data = await cleanSeeds();
    const store = createMemoryStore();
    const first = await loadIntoStore(store, data, { audit: { actor: 'loader', comment: 'first' } });
    expect(first.replacedEdits).toBe(0);
    expect(first.result.auditEntry).toMatchObject({ sequence: 1, actor: 'loader', action: LOAD_ACTION, comment: 'first' });
    expect(await editsSinceLastLoad(store)).toEqual({ newestSequence: 1, edits: [], count: 0 });

    const entity = data.entities.find((e) => e.kind !== 'Source')!;
    await store.apply({ upsertEntities: [{ ...entity, name: 'Edited' }] }, { audit: { actor: 'alice', action: 'updateEntity' } });
    const refused = await loadIntoStore(store, data, { audit: { actor: 'loader' }, storeOptions: '--data-dir ./data ' }).catch((error: unknown) => error);
    expect(isGovgraphError(refused) && refused.code).toBe('CONFLICT');
    expect((refused as Error).message).toContain('1 audited write since the last load would be replaced by this load; nothing was loaded');
    expect((refused as Error).message).toContain('govgraph export --data-dir ./data --out <folder>');
    expect((await store.getEntity(entity.id))?.name).toBe('Edited');

    const replaced = await loadIntoStore(store, data, { audit: { actor: 'loader' }, replaceEdits: true });
    expect(replaced.replacedEdits).toBe(1);
    expect((await store.getEntity(entity.id))?.name).toBe(entity.name);
    expect((await store.auditLog({ newestFirst: true, limit: 3 })).map((e) => [e.sequence, e.action, e.actor])).toEqual([
      [3, LOAD_ACTION, 'loader'],
      [2, 'updateEntity', 'alice'],
      [1, LOAD_ACTION, 'loader'],
    ]);
    await store.close();
  });
});
